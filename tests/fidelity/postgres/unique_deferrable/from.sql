CREATE TABLE slots (id int PRIMARY KEY, pos int UNIQUE);
