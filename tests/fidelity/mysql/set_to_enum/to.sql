CREATE TABLE t (x ENUM('a','b'));
