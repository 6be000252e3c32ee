
-- s0001 rename column users.full_name
ALTER TABLE users RENAME COLUMN name TO full_name;
