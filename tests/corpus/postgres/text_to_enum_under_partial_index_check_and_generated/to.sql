CREATE TYPE ticket_status AS ENUM ('open', 'pending', 'closed');
CREATE TYPE ticket_severity AS ENUM ('low', 'medium', 'high', 'critical');

CREATE TABLE tickets (
    id bigserial PRIMARY KEY,
    status ticket_status NOT NULL DEFAULT 'open',
    severity ticket_severity NOT NULL DEFAULT 'low',
    title varchar(200) NOT NULL,
    body text,
    opened_at timestamptz NOT NULL DEFAULT now(),
    closed_at timestamptz,
    search_text text GENERATED ALWAYS AS (lower(title) || ' ' || coalesce(body, '') || ' ' || id::text) STORED,
    CONSTRAINT tickets_closed_check CHECK (status <> 'closed' OR closed_at IS NOT NULL)
);
CREATE INDEX tickets_open_idx ON tickets (opened_at) WHERE status = 'open';
CREATE INDEX tickets_severity_idx ON tickets (severity) WHERE severity IN ('high', 'critical');
CREATE INDEX tickets_search_idx ON tickets USING gin (to_tsvector('simple', search_text));

CREATE VIEW open_tickets AS
    SELECT id, title, severity, opened_at FROM tickets WHERE status = 'open';
