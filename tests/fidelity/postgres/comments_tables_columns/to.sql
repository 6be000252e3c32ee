CREATE TABLE users (id int PRIMARY KEY, email text);
COMMENT ON TABLE users IS 'People who log in';
COMMENT ON COLUMN users.email IS 'Primary e-mail; it''s unique';
COMMENT ON COLUMN users.id IS 'Surrogate key';
