
-- s0001 alter column users.email
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
