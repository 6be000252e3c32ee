CREATE TABLE t (s ENUM('a','b','c'));
