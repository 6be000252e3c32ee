CREATE TABLE t (a int, b int, CONSTRAINT t_pk PRIMARY KEY (a), CONSTRAINT t_ab UNIQUE (a, b));
