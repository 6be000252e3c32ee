CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    balance_cents integer NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    action text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;

CREATE FUNCTION log_account_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (account_id, action) VALUES (NEW.id, TG_OP);
  RETURN NEW;
END;
$$;

CREATE FUNCTION cents_to_text(c integer) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT (c / 100.0)::text $$;

CREATE FUNCTION normalize_email(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(e) $$;

CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER accounts_log AFTER INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION log_account_change();
CREATE UNIQUE INDEX accounts_email_norm_idx ON accounts (normalize_email(email));
