CREATE TABLE tickets (
    id bigserial PRIMARY KEY,
    status varchar(20) NOT NULL DEFAULT 'open',
    severity text NOT NULL DEFAULT 'low',
    title varchar(200) NOT NULL,
    body text,
    opened_at timestamp NOT NULL DEFAULT now(),
    closed_at timestamp,
    search_text text GENERATED ALWAYS AS (lower(title) || ' ' || coalesce(body, '')) STORED,
    CONSTRAINT tickets_status_check CHECK (status IN ('open', 'pending', 'closed')),
    CONSTRAINT tickets_closed_check CHECK (status <> 'closed' OR closed_at IS NOT NULL)
);
CREATE INDEX tickets_open_idx ON tickets (opened_at) WHERE status = 'open';
CREATE INDEX tickets_severity_idx ON tickets (severity) WHERE severity IN ('high', 'critical');
CREATE INDEX tickets_search_idx ON tickets USING gin (to_tsvector('simple', search_text));

CREATE VIEW open_tickets AS
    SELECT id, title, severity, opened_at FROM tickets WHERE status = 'open';
