CREATE TABLE docs (id int PRIMARY KEY, body tsvector, meta jsonb, at timestamptz, code text, span int4range);
