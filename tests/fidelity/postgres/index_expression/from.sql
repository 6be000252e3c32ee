CREATE TABLE users (id int PRIMARY KEY, email text, first text, last text);
