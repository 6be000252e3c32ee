CREATE TABLE users (id int PRIMARY KEY, email text, active boolean);
CREATE VIEW active_users AS SELECT id FROM users WHERE active;
