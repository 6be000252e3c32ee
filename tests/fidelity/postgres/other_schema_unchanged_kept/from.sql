CREATE SCHEMA audit;
CREATE TABLE audit.log (id int);
CREATE TABLE t (id int PRIMARY KEY);
