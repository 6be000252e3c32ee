CREATE TABLE t (s ENUM('a'));
