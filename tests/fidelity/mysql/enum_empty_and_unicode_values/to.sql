CREATE TABLE t (s ENUM('','a','ü','x y') NOT NULL DEFAULT '');
