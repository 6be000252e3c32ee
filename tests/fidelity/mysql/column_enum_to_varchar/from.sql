CREATE TABLE t (s ENUM('a','b') DEFAULT 'a');
