CREATE TABLE customer (id serial PRIMARY KEY, name text);
