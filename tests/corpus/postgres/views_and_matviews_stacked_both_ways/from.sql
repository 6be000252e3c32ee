CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL,
    status varchar(12) NOT NULL DEFAULT 'open',
    total numeric(12,2) NOT NULL DEFAULT 0,
    placed_at timestamp NOT NULL DEFAULT now()
);

CREATE VIEW paid_orders AS
    SELECT id, customer_id, total, placed_at FROM orders WHERE status = 'paid';

CREATE MATERIALIZED VIEW daily_revenue AS
    SELECT date_trunc('day', placed_at) AS day, sum(total) AS revenue, count(*) AS orders
    FROM paid_orders GROUP BY 1;
CREATE UNIQUE INDEX daily_revenue_day_idx ON daily_revenue (day);

CREATE VIEW revenue_last_30_days AS
    SELECT day, revenue FROM daily_revenue WHERE day > now() - interval '30 days';

CREATE MATERIALIZED VIEW customer_stats AS
    SELECT customer_id, count(*) AS orders FROM orders GROUP BY customer_id;
CREATE VIEW top_customers AS
    SELECT customer_id, orders FROM customer_stats ORDER BY orders DESC LIMIT 10;
