CREATE TABLE t (a INT, INDEX ia (a));
