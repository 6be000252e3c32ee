CREATE TABLE t (id INT, a INT, b INT COMMENT 'new ''one''');
