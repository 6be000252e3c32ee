CREATE TABLE names (id int PRIMARY KEY, a text COLLATE "C", b text, c varchar(10) COLLATE "POSIX");
