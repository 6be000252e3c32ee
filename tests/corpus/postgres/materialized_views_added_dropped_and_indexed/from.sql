CREATE TABLE orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL, total numeric(12,2) NOT NULL, placed_at timestamptz NOT NULL DEFAULT now());
CREATE MATERIALIZED VIEW daily_totals AS SELECT date_trunc('day', placed_at) AS day, sum(total) AS total FROM orders GROUP BY 1;
CREATE UNIQUE INDEX daily_totals_day ON daily_totals (day);
CREATE MATERIALIZED VIEW old_report AS SELECT count(*) AS n FROM orders;
