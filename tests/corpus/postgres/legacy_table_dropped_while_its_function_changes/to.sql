CREATE FUNCTION norm_code(code text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(code) $$;
CREATE FUNCTION gen_code(code_prefix text) RETURNS text LANGUAGE sql VOLATILE
AS $$ SELECT code_prefix || substr(md5(random()::text), 1, 10) $$;

CREATE TABLE coupons (
    code text PRIMARY KEY DEFAULT gen_code('C'),
    percent smallint NOT NULL CHECK (percent BETWEEN 1 AND 100),
    expires_on date
);
