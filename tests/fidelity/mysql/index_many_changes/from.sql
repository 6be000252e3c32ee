CREATE TABLE t (a INT, b INT, c INT, KEY i1 (a), UNIQUE KEY u1 (b), KEY i3 (c));
