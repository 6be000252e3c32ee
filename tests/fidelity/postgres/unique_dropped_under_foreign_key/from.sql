CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE);
CREATE TABLE invites (id int PRIMARY KEY, email text REFERENCES users (email));
