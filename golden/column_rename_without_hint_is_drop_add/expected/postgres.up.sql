
-- s0001 add column users.full_name
ALTER TABLE users ADD COLUMN full_name text;

-- s0002 drop column users.name
ALTER TABLE users DROP COLUMN name;
