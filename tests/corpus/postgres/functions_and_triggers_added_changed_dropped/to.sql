CREATE TABLE accounts (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    balance_cents bigint NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now(),
    slug text NOT NULL DEFAULT ''
);
CREATE TABLE audit_log (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL,
    action text NOT NULL,
    detail text,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW IS DISTINCT FROM OLD THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END;
$$;

CREATE FUNCTION log_account_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (account_id, action, detail) VALUES (NEW.id, TG_OP, NEW.email);
  RETURN NEW;
END;
$$;

CREATE FUNCTION cents_to_text(cents bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT (cents / 100.0)::text $$;

CREATE FUNCTION normalize_email(e text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(e) $$;

CREATE FUNCTION slugify(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT regexp_replace(lower(t), '[^a-z0-9]+', '-', 'g') $$;

CREATE FUNCTION account_count() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM accounts WHERE slug <> '' $$;

CREATE PROCEDURE purge_audit(older_than interval) LANGUAGE sql AS $$ DELETE FROM audit_log WHERE at < now() - older_than $$;

CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER accounts_log AFTER INSERT OR UPDATE OF email, balance_cents ON accounts FOR EACH ROW EXECUTE FUNCTION log_account_change();
CREATE UNIQUE INDEX accounts_email_norm_idx ON accounts (normalize_email(email));
CREATE INDEX accounts_slug_idx ON accounts (slugify(slug));
