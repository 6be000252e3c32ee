CREATE FUNCTION gen_code(prefix text) RETURNS text LANGUAGE sql VOLATILE
AS $$ SELECT prefix || substr(md5(random()::text), 1, 8) $$;

CREATE TABLE legacy_vouchers (
    code text PRIMARY KEY DEFAULT gen_code('V'),
    amount_cents integer NOT NULL CHECK (amount_cents > 0)
);
CREATE FUNCTION norm_code(c text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(c) $$;
CREATE INDEX legacy_vouchers_norm_idx ON legacy_vouchers (norm_code(code));

CREATE TABLE coupons (
    code text PRIMARY KEY DEFAULT gen_code('C'),
    percent smallint NOT NULL CHECK (percent BETWEEN 1 AND 100)
);
