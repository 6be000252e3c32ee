CREATE TABLE flags (id int PRIMARY KEY, b bit(8), v varbit);
