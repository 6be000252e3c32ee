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
CREATE INDEX documents_path_idx ON documents (path);
CREATE INDEX documents_title_trgm ON documents USING gin (title gin_trgm_ops);
CREATE INDEX documents_body_idx ON documents USING gin (body);
CREATE INDEX documents_updated_idx ON documents (updated_at);
CREATE INDEX documents_owner_idx ON documents (owner_id) WITH (fillfactor = 90);
CREATE UNIQUE INDEX documents_owner_path_key ON documents (owner_id, path);
CREATE INDEX documents_ip_idx ON documents (client_ip);
CREATE INDEX documents_valid_idx ON documents USING gist (valid_during);
