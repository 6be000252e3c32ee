CREATE TABLE users (id int PRIMARY KEY, email text, name text NOT NULL);
