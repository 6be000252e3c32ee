CREATE TABLE products (id serial PRIMARY KEY, name text NOT NULL, price numeric(8,2), sku text, active boolean NOT NULL DEFAULT true);
CREATE VIEW all_products AS SELECT * FROM products;
CREATE VIEW cheap AS SELECT * FROM all_products WHERE price < 5;
