CREATE TABLE t (a INT, KEY new_name (a));
