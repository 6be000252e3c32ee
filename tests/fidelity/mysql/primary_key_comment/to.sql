CREATE TABLE t (id int NOT NULL AUTO_INCREMENT, code varchar(200) NOT NULL, PRIMARY KEY (id) COMMENT 'surrogate key');
CREATE TABLE u (code varchar(200) NOT NULL, n int NOT NULL, PRIMARY KEY (code(20), n) COMMENT 'natural');
CREATE TABLE v (id int NOT NULL PRIMARY KEY COMMENT 'new table, commented key');
