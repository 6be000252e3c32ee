CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE, n int CHECK (n > 0) DEFAULT 1);
CREATE INDEX ON users (lower(email));
CREATE VIEW v AS SELECT id FROM users;
