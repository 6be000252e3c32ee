CREATE TABLE t (id int PRIMARY KEY, code varchar(10) CHECK (code <> ''));
CREATE INDEX t_code_lower ON t (lower(code));
