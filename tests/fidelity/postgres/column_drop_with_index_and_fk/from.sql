CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users, note text);
CREATE INDEX orders_user_note ON orders (user_id, note);
