CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN quantity AS integer CHECK (VALUE > 0);
CREATE DOMAIN sku AS text COLLATE ci CHECK (length(VALUE) BETWEEN 3 AND 32);
CREATE TYPE line_item AS (sku sku, qty quantity, note text);
CREATE TYPE quantity_range AS RANGE (subtype = quantity);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    placed_at timestamptz NOT NULL DEFAULT now(),
    items line_item[] NOT NULL DEFAULT '{}',
    allowed_qty quantity_range
);
