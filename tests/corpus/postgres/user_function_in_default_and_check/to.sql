CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C' || floor(random() * 1000)::text $$;
CREATE FUNCTION is_code(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 ~ '^C[0-9]+$' $$;
CREATE TABLE coupons (id serial PRIMARY KEY, code text NOT NULL DEFAULT next_code() CHECK (is_code(code)), percent integer NOT NULL DEFAULT 10);
