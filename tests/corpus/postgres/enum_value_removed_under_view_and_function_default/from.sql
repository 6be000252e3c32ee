CREATE TYPE ticket_state AS ENUM ('new', 'open', 'waiting', 'closed');
CREATE TABLE tickets (
    id bigserial PRIMARY KEY,
    state ticket_state NOT NULL DEFAULT 'new',
    subject text NOT NULL,
    opened_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tickets_open_idx ON tickets (opened_at) WHERE state <> 'closed';
CREATE VIEW open_tickets AS SELECT id, state, subject FROM tickets WHERE state IN ('new', 'open', 'waiting');
CREATE VIEW ticket_counts AS SELECT state, count(*) AS n FROM tickets GROUP BY state;
