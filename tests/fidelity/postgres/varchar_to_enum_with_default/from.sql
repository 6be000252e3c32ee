CREATE TABLE t (id int PRIMARY KEY, status varchar(10) NOT NULL DEFAULT 'new');
