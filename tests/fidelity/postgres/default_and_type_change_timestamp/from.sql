CREATE TABLE t (id int PRIMARY KEY, at timestamp DEFAULT now());
