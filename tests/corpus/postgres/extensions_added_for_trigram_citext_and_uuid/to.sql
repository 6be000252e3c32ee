CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE TABLE customers (
    id bigserial PRIMARY KEY,
    email citext NOT NULL UNIQUE,
    name text NOT NULL,
    public_id uuid NOT NULL DEFAULT uuid_generate_v4()
);
CREATE INDEX customers_name_trgm ON customers USING gin (name gin_trgm_ops);
