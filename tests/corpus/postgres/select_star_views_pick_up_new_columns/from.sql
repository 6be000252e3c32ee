CREATE TABLE products (id serial PRIMARY KEY, name text NOT NULL, price numeric(8,2));
CREATE VIEW all_products AS SELECT * FROM products;
CREATE VIEW cheap AS SELECT * FROM all_products WHERE price < 5;
