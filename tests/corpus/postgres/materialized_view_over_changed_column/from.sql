CREATE TABLE sales (id serial PRIMARY KEY, amount integer NOT NULL, region text);
CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
