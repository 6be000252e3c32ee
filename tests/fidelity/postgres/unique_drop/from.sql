CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE, b int, CONSTRAINT b_uniq UNIQUE (b));
