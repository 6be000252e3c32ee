CREATE TABLE customer (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE invoice (id serial PRIMARY KEY, customer_id integer NOT NULL REFERENCES customer (id) ON DELETE CASCADE);
CREATE VIEW invoice_names AS SELECT i.id, c.name FROM invoice i JOIN customer c ON c.id = i.customer_id;
