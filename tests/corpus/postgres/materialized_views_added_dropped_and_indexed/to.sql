CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL, total numeric(12,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now(), status text NOT NULL DEFAULT 'new');
CREATE MATERIALIZED VIEW daily_totals AS SELECT date_trunc('day', placed_at) AS day, sum(total) AS total, count(*) AS orders FROM orders GROUP BY 1;
CREATE UNIQUE INDEX daily_totals_day ON daily_totals (day);
COMMENT ON MATERIALIZED VIEW daily_totals IS 'refreshed nightly';
CREATE MATERIALIZED VIEW customer_totals WITH (fillfactor = 90) AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id WITH NO DATA;
CREATE INDEX customer_totals_total ON customer_totals (total DESC);
CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE status = 'new';
