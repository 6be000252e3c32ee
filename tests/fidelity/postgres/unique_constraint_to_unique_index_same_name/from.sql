CREATE TABLE t (id int PRIMARY KEY, code text, CONSTRAINT t_code_key UNIQUE (code));
