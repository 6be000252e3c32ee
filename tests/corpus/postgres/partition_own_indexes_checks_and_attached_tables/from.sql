CREATE TABLE orders (
    id bigint NOT NULL,
    placed_at timestamptz NOT NULL,
    customer_id integer NOT NULL,
    channel text DEFAULT 'web',
    total numeric(12,2),
    note text
) PARTITION BY RANGE (placed_at);
CREATE INDEX orders_customer_idx ON orders (customer_id);

CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX orders_2024_note_idx ON orders_2024 (note);
COMMENT ON INDEX orders_2024_note_idx IS 'support lookups';

CREATE TABLE orders_2025 (
    id bigint NOT NULL,
    placed_at timestamptz NOT NULL,
    customer_id integer NOT NULL,
    channel text DEFAULT 'web',
    total numeric(12,2),
    note text
);
ALTER TABLE orders ATTACH PARTITION orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
