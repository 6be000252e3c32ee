CREATE TABLE t (email VARCHAR(200), KEY ue (email));
