CREATE TABLE t (a INT, b INT, CHECK (a > 0), CHECK (b > 0));
