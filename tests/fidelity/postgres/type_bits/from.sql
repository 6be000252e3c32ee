CREATE TABLE flags (id int PRIMARY KEY, b bit(3), v bit varying(5));
