CREATE TABLE docs (id int PRIMARY KEY, tags text[], scores int[]);
