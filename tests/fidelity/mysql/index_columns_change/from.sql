CREATE TABLE t (a INT, b INT, KEY k (a));
