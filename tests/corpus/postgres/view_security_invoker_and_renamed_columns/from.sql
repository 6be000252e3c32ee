CREATE TABLE staff (id serial PRIMARY KEY, name text, salary integer);
CREATE VIEW staff_public AS SELECT id, name FROM staff;
CREATE VIEW staff_names AS SELECT name FROM staff_public;
