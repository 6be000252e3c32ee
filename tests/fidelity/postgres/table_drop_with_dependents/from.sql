CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users);
CREATE INDEX ON orders (user_id);
CREATE TABLE keep (id int);
