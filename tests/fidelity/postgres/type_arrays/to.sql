CREATE TABLE docs (id int PRIMARY KEY, tags varchar(40)[], scores bigint[][], flags boolean[]);
