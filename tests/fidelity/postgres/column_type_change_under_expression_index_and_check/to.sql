CREATE TABLE t (id int PRIMARY KEY, code text CHECK (code <> ''));
CREATE INDEX t_code_lower ON t (lower(code));
