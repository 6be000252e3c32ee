CREATE TABLE t (a INT, b INT, c INT, KEY i1 (a, b), KEY u1 (b), KEY i4 (c) COMMENT 'c');
