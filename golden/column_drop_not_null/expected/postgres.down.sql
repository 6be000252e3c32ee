
-- s0001 alter column users.email
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
