CREATE SCHEMA audit;
CREATE TABLE audit.log (id int, at timestamptz);
CREATE TABLE t (id int PRIMARY KEY);
