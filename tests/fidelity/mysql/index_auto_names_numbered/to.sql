CREATE TABLE t (a INT, b INT, KEY (a), KEY (a, b), UNIQUE (a));
