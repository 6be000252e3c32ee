CREATE TABLE users (id int PRIMARY KEY, email text, first text, last text);
CREATE UNIQUE INDEX users_email_lower ON users (lower(email));
CREATE INDEX users_name ON users ((first || ' ' || last));
