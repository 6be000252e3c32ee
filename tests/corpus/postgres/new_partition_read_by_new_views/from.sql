CREATE TABLE sales (
    id bigint NOT NULL,
    sold_on date NOT NULL,
    region text NOT NULL,
    amount numeric(12,2) NOT NULL,
    PRIMARY KEY (id, sold_on, region)
) PARTITION BY RANGE (sold_on);
CREATE TABLE sales_2025 PARTITION OF sales FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
