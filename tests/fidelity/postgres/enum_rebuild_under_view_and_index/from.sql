CREATE TYPE state AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id int PRIMARY KEY, s state NOT NULL DEFAULT 'a');
CREATE INDEX t_s ON t (s);
CREATE VIEW v AS SELECT id, s FROM t;
