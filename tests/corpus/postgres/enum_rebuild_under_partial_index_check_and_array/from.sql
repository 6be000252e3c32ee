CREATE TYPE ticket_state AS ENUM ('new', 'open', 'closed');
CREATE TABLE tickets (
    id bigserial PRIMARY KEY,
    state ticket_state NOT NULL DEFAULT 'new',
    history ticket_state[] NOT NULL DEFAULT '{new}',
    title text NOT NULL,
    CONSTRAINT tickets_closed_title CHECK (state <> 'closed' OR title <> '')
);
CREATE INDEX tickets_open_idx ON tickets (id) WHERE state = 'open';
CREATE INDEX tickets_state_idx ON tickets (state);
CREATE VIEW open_tickets AS SELECT id, title FROM tickets WHERE state IN ('new', 'open');
COMMENT ON TYPE ticket_state IS 'workflow';
