CREATE TABLE t (a INT, KEY k (a) COMMENT 'lookup by a');
