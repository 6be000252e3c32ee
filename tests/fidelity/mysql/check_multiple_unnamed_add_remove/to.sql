CREATE TABLE t (a INT, b INT, CHECK (b > 0));
