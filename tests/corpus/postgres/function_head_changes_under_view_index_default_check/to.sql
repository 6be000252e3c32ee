CREATE FUNCTION normalize_email(email text) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT lower(trim(email)) $$;

CREATE FUNCTION next_ticket_code(code_prefix text DEFAULT 'TCK') RETURNS text LANGUAGE sql VOLATILE
AS $$ SELECT code_prefix || '-' || to_char(floor(random() * 1000000), 'FM000000') $$;

CREATE FUNCTION is_valid_priority(prio integer) RETURNS boolean LANGUAGE sql IMMUTABLE
AS $$ SELECT prio BETWEEN 1 AND 5 $$;

CREATE FUNCTION ticket_age_days(opened timestamp) RETURNS numeric LANGUAGE sql STABLE
AS $$ SELECT round(extract(epoch FROM now() - opened) / 86400, 1) $$;

CREATE FUNCTION current_tenant_id() RETURNS bigint LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::bigint $$;

CREATE TABLE tickets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint NOT NULL DEFAULT current_tenant_id(),
    code text NOT NULL DEFAULT next_ticket_code(),
    reporter_email text NOT NULL,
    priority integer NOT NULL DEFAULT 3 CHECK (is_valid_priority(priority)),
    opened_at timestamp NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX tickets_reporter_norm_idx ON tickets (normalize_email(reporter_email), code);
CREATE INDEX tickets_open_idx ON tickets (opened_at) WHERE is_valid_priority(priority);
ALTER TABLE tickets ENABLE ROW LEVEL SECURITY;
CREATE POLICY tickets_tenant ON tickets USING (tenant_id = current_tenant_id());

CREATE VIEW ticket_report AS
    SELECT id, code, normalize_email(reporter_email) AS reporter, ticket_age_days(opened_at) AS age_days
    FROM tickets;

CREATE MATERIALIZED VIEW reporters AS
    SELECT normalize_email(reporter_email) AS email, count(*) AS tickets FROM tickets GROUP BY 1;
CREATE UNIQUE INDEX reporters_email_idx ON reporters (email);
