CREATE TABLE notes (id serial PRIMARY KEY, body text);
COMMENT ON TABLE notes IS 'plain';
