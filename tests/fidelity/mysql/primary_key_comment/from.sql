CREATE TABLE t (id int NOT NULL AUTO_INCREMENT, code varchar(200) NOT NULL, PRIMARY KEY (id) COMMENT 'surrogate');
CREATE TABLE u (code varchar(200) NOT NULL, n int NOT NULL, PRIMARY KEY (code(20), n));
