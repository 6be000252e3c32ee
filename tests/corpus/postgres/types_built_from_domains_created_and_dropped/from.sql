CREATE DOMAIN legacy_code AS varchar(10) CHECK (VALUE ~ '^[A-Z0-9]+$');
CREATE TYPE legacy_ref AS (system text, code legacy_code);
CREATE TABLE orders (
    id serial PRIMARY KEY,
    placed_at timestamptz NOT NULL DEFAULT now(),
    legacy legacy_ref
);
