CREATE TABLE t (email VARCHAR(200), UNIQUE KEY ue (email));
