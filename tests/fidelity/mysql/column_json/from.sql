CREATE TABLE t (id INT, data TEXT);
