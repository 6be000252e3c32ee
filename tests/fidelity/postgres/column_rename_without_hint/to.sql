CREATE TABLE users (id integer PRIMARY KEY, nickname text NOT NULL);
