CREATE TABLE t (a INT, KEY old_name (a));
