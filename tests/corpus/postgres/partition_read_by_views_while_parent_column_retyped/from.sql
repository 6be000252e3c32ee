CREATE TABLE sales (
    id bigint NOT NULL,
    sold_on date NOT NULL,
    region text NOT NULL,
    amount integer NOT NULL,
    PRIMARY KEY (id, sold_on, region)
) PARTITION BY RANGE (sold_on);
CREATE TABLE sales_2025 PARTITION OF sales FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (region);
CREATE TABLE sales_2025_eu PARTITION OF sales_2025 FOR VALUES IN ('eu');
CREATE TABLE sales_2025_us PARTITION OF sales_2025 FOR VALUES IN ('us');
CREATE TABLE sales_2026 PARTITION OF sales FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

CREATE VIEW sales_current_year AS SELECT id, region, amount FROM sales_2026;
CREATE VIEW sales_eu_2025 AS SELECT id, amount FROM sales_2025_eu WHERE amount > 0;
CREATE MATERIALIZED VIEW sales_2025_totals AS SELECT region, sum(amount) AS total FROM sales_2025 GROUP BY region;
