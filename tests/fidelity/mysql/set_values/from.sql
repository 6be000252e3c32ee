CREATE TABLE t (perms SET('r','w'));
