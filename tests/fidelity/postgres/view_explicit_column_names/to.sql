CREATE TABLE t (id int PRIMARY KEY, a int);
CREATE VIEW v (ident, value) AS SELECT id, a FROM t;
