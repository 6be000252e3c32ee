CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE, code text);
