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
-- the archive is closed: every order has its total
ALTER TABLE orders_2024 ALTER COLUMN total SET NOT NULL;
ALTER TABLE orders_2024 ADD CONSTRAINT orders_2024_total_check CHECK (total >= 0);
CREATE INDEX orders_2024_note_idx ON orders_2024 (lower(note));
COMMENT ON INDEX orders_2024_note_idx IS 'support lookups (case-insensitive)';
COMMENT ON COLUMN orders_2024.note IS 'frozen';

CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX orders_2025_channel_idx ON orders_2025 (channel) WHERE channel <> 'web';
CREATE TABLE orders_2026 (LIKE orders INCLUDING DEFAULTS);
ALTER TABLE orders ATTACH PARTITION orders_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
