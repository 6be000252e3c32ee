CREATE TABLE t (a INT, b INT, KEY kb (b), KEY kab (a, b));
