CREATE TABLE docs (id int PRIMARY KEY, body tsvector, meta jsonb, at timestamptz, code text, span int4range);
CREATE INDEX docs_body ON docs USING gin (body);
CREATE INDEX docs_meta ON docs USING gin (meta jsonb_path_ops);
CREATE INDEX docs_at ON docs USING brin (at) WITH (pages_per_range = 32);
CREATE INDEX docs_code ON docs USING hash (code);
CREATE INDEX docs_span ON docs USING gist (span);
