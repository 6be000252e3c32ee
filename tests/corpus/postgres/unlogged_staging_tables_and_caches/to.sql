CREATE TABLE products (id serial PRIMARY KEY, sku text NOT NULL UNIQUE, name text NOT NULL);
-- staging rows now survive a crash: they are the audit trail of an import
CREATE TABLE import_rows (
    id bigserial PRIMARY KEY,
    batch_id integer NOT NULL,
    payload jsonb NOT NULL,
    error text
);
-- sessions can be lost on a crash; no need to WAL them
CREATE UNLOGGED TABLE sessions (
    id uuid PRIMARY KEY,
    user_id integer NOT NULL,
    data jsonb,
    expires_at timestamptz NOT NULL
) WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.01);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
CREATE UNLOGGED TABLE search_cache (
    query text PRIMARY KEY,
    product_ids integer[] NOT NULL,
    computed_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNLOGGED TABLE price_snapshots (
    product_id integer NOT NULL REFERENCES products (id),
    price numeric(10,2) NOT NULL
);
CREATE TABLE price_history (
    product_id integer NOT NULL REFERENCES products (id),
    valid_from date NOT NULL,
    price numeric(10,2) NOT NULL,
    PRIMARY KEY (product_id, valid_from)
);
