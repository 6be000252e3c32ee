CREATE TABLE t (perms SET('r','w','x') NOT NULL DEFAULT 'r,w');
