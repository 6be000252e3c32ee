CREATE TYPE legacy_pair AS (a int, b text);
CREATE TABLE shipments (id serial PRIMARY KEY, weight_grams integer NOT NULL, old legacy_pair);
