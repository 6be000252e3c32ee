
-- s0001 add column users.tenant
ALTER TABLE users ADD COLUMN tenant integer DEFAULT 0 NOT NULL;
