CREATE TYPE ticket_state AS ENUM ('open', 'new', 'closed');
CREATE TABLE tickets (id bigserial PRIMARY KEY, state ticket_state NOT NULL, title text NOT NULL);
CREATE INDEX tickets_open_idx ON tickets (id) WHERE state = 'open';
ALTER TABLE tickets ADD CONSTRAINT tickets_closed_title CHECK (state <> 'closed' OR title <> '');
