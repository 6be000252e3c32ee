CREATE TABLE t (a INT, b INT, c INT, KEY k (a ASC, b DESC, c));
