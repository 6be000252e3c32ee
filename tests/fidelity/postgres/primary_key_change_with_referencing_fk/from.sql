CREATE TABLE users (id int PRIMARY KEY, uid int NOT NULL UNIQUE);
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users (id));
