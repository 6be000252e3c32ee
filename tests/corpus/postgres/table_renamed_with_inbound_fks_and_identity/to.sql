CREATE TABLE customers (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE invoice (id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers (id) ON DELETE CASCADE);
CREATE VIEW invoice_names AS SELECT i.id, c.name FROM invoice i JOIN customers c ON c.id = i.customer_id;
