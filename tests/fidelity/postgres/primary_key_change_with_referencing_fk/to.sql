CREATE TABLE users (id int NOT NULL, uid int NOT NULL PRIMARY KEY);
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (uid));
