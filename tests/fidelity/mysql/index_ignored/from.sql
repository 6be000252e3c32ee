CREATE TABLE t (a INT, KEY k (a));
