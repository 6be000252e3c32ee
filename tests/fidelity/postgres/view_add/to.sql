CREATE TABLE users (id int PRIMARY KEY, email text, active boolean);
CREATE VIEW active_users AS SELECT id, email FROM users WHERE active;
