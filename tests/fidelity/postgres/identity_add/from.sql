CREATE TABLE users (id int NOT NULL, name text);
