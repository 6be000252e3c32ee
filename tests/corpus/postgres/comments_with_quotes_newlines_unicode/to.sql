CREATE TABLE notes (id serial PRIMARY KEY, body text);
COMMENT ON TABLE notes IS E'it''s\nmulti-line \u00e9t\u00e9 \\ backslash';
COMMENT ON COLUMN notes.body IS '$$ dollar $$ and ; semicolon';
