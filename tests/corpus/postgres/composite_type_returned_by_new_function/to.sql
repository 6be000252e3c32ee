CREATE TYPE order_summary AS (n bigint, total numeric);
CREATE TABLE orders (id serial PRIMARY KEY, total numeric(10,2) NOT NULL);
CREATE FUNCTION summarize() RETURNS order_summary LANGUAGE sql STABLE AS $$ SELECT count(*), sum(total) FROM orders $$;
CREATE FUNCTION summaries() RETURNS SETOF order_summary LANGUAGE sql STABLE AS $$ SELECT count(*), sum(total) FROM orders $$;
