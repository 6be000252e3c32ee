CREATE TABLE names (id int PRIMARY KEY, a text, b text COLLATE "C", c varchar(10));
