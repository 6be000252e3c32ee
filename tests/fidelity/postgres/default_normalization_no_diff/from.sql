CREATE TABLE t (id int PRIMARY KEY, n numeric DEFAULT 0, s varchar(10) DEFAULT 'a', c char(2) DEFAULT 'US');
