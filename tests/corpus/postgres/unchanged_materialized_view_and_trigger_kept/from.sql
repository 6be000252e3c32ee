CREATE TABLE sales (id serial PRIMARY KEY, amount integer NOT NULL, region text, updated_at timestamptz);
CREATE MATERIALIZED VIEW sales_by_region AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER sales_touch BEFORE UPDATE ON sales FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TABLE refunds (id serial PRIMARY KEY);
