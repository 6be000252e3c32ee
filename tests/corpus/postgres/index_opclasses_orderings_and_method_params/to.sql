CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE documents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id integer NOT NULL,
    path text NOT NULL,
    title text NOT NULL,
    body jsonb NOT NULL DEFAULT '{}',
    tags text[] NOT NULL DEFAULT '{}',
    client_ip inet,
    valid_during tstzrange,
    updated_at timestamptz NOT NULL DEFAULT now(),
    archived boolean NOT NULL DEFAULT false
);
CREATE INDEX documents_path_idx ON documents (path text_pattern_ops);
CREATE INDEX documents_title_trgm ON documents USING gist (title gist_trgm_ops(siglen = 64));
CREATE INDEX documents_body_idx ON documents USING gin (body jsonb_path_ops) WITH (fastupdate = off);
CREATE INDEX documents_updated_idx ON documents USING brin (updated_at) WITH (pages_per_range = 16, autosummarize = on);
CREATE INDEX documents_owner_idx ON documents (owner_id DESC NULLS LAST) WITH (fillfactor = 70, deduplicate_items = off);
CREATE UNIQUE INDEX documents_owner_path_key ON documents (owner_id, path) INCLUDE (title) NULLS NOT DISTINCT WHERE NOT archived;
CREATE INDEX documents_ip_idx ON documents USING spgist (client_ip inet_ops);
CREATE INDEX documents_valid_idx ON documents USING gist (owner_id, valid_during) WITH (buffering = on);
CREATE INDEX documents_tags_idx ON documents USING gin (tags array_ops);
CREATE INDEX documents_path_hash ON documents USING hash (path) WITH (fillfactor = 60);
CREATE INDEX documents_recent_idx ON documents (updated_at DESC NULLS FIRST, id ASC NULLS FIRST) WHERE updated_at > '2024-01-01'::timestamptz;
COMMENT ON INDEX documents_recent_idx IS 'dashboard: "recent" list';
