CREATE TYPE address AS (street text, city text COLLATE "C", postcode varchar(10), country char(2));
CREATE TABLE shipments (id serial PRIMARY KEY, weight_grams integer NOT NULL, ship_to address, bill_to address[]);
