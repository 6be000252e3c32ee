CREATE TABLE t (id INT, amount BIGINT);
CREATE VIEW v1 AS SELECT id, amount FROM t;
CREATE VIEW v2 AS SELECT id, amount * 2 AS twice FROM v1;
