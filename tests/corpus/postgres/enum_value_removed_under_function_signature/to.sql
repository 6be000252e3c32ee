CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'cancelled');

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'draft',
    total_cents bigint NOT NULL DEFAULT 0
);

CREATE FUNCTION status_label(s order_status) RETURNS text LANGUAGE sql IMMUTABLE
AS $$ SELECT initcap(s::text) $$;

CREATE FUNCTION orders_in(s order_status) RETURNS SETOF orders LANGUAGE sql STABLE
AS $$ SELECT * FROM orders WHERE status = s $$;

CREATE FUNCTION is_final(s order_status) RETURNS boolean LANGUAGE sql IMMUTABLE
AS $$ SELECT s IN ('paid', 'cancelled') $$;

CREATE INDEX orders_open_idx ON orders (id) WHERE NOT is_final(status);
CREATE VIEW order_labels AS SELECT id, status_label(status) AS label FROM orders;
