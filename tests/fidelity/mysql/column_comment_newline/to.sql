CREATE TABLE t (a INT COMMENT 'line1\nline2\ttab');
