CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE TABLE invites (id int PRIMARY KEY, email text);
