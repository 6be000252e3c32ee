CREATE TABLE products (id serial PRIMARY KEY, sku text NOT NULL UNIQUE, name text NOT NULL);
CREATE UNLOGGED TABLE import_rows (
    id bigserial PRIMARY KEY,
    batch_id integer NOT NULL,
    payload jsonb NOT NULL
);
CREATE UNLOGGED TABLE old_cache (key text PRIMARY KEY, value bytea);
CREATE TABLE sessions (
    id uuid PRIMARY KEY,
    user_id integer NOT NULL,
    data jsonb,
    expires_at timestamptz NOT NULL
);
CREATE TABLE price_history (
    product_id integer NOT NULL REFERENCES products (id),
    valid_from date NOT NULL,
    price numeric(10,2) NOT NULL,
    PRIMARY KEY (product_id, valid_from)
);
