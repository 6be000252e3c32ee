CREATE TABLE sales (
    id bigint NOT NULL,
    sold_on date NOT NULL,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL,
    PRIMARY KEY (id, sold_on, region)
) PARTITION BY RANGE (sold_on);
CREATE TABLE sales_2025 PARTITION OF sales FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE sales_2026 PARTITION OF sales FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')
    PARTITION BY LIST (region);
CREATE TABLE sales_2026_eu PARTITION OF sales_2026 FOR VALUES IN ('eu');
CREATE TABLE sales_2026_rest PARTITION OF sales_2026 DEFAULT;
CREATE VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE VIEW sales_this_year AS SELECT id, region, amount FROM sales_2026;
CREATE VIEW sales_eu_this_year AS SELECT id, amount FROM sales_2026_eu;
COMMENT ON VIEW sales_eu_this_year IS 'EU rows of 2026, straight from their partition';
CREATE MATERIALIZED VIEW sales_2026_totals AS SELECT region, sum(amount) AS total FROM sales_2026 GROUP BY region;
