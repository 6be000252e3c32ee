
-- s0001 alter column users.name
ALTER TABLE users ALTER COLUMN name DROP DEFAULT, ALTER COLUMN name SET DEFAULT 'a'::text;
