
-- s0001 alter column users.name
ALTER TABLE users ALTER COLUMN name TYPE text USING name::text;
