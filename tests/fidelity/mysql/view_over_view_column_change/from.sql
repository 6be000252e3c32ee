CREATE TABLE t (id INT, amount INT);
CREATE VIEW v1 AS SELECT id, amount FROM t;
CREATE VIEW v2 AS SELECT id, amount * 2 AS twice FROM v1;
