CREATE TABLE t (x SET('a','b'));
