
-- s0002 drop column users.name
ALTER TABLE users ADD COLUMN name text;

-- s0001 add column users.full_name
ALTER TABLE users DROP COLUMN full_name;
