CREATE TABLE users (id int PRIMARY KEY, email text, name text);
CREATE INDEX users_email_pattern ON users (email text_pattern_ops) INCLUDE (name);
CREATE INDEX users_name_c ON users (name COLLATE "C");
