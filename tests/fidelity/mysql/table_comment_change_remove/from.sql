CREATE TABLE t (id INT PRIMARY KEY) COMMENT 'old ''quoted'' comment';
CREATE TABLE u (id INT) COMMENT 'gone';
