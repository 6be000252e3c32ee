
-- s0001 add column users.tenant
ALTER TABLE users DROP COLUMN tenant;
