
-- s0001 drop column users.name
ALTER TABLE users ADD COLUMN name text;
