CREATE TABLE staff (id serial PRIMARY KEY, name text, salary integer);
CREATE VIEW staff_public WITH (security_invoker = true) AS SELECT id, name AS full_name FROM staff;
CREATE VIEW staff_names AS SELECT full_name FROM staff_public;
