CREATE TABLE users (id int PRIMARY KEY, email text);
COMMENT ON COLUMN users.email IS 'old';
