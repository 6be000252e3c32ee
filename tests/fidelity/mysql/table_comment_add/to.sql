CREATE TABLE t (id INT PRIMARY KEY) COMMENT 'the main table';
