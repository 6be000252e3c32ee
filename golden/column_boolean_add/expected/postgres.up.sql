
-- s0001 add column users.active
ALTER TABLE users ADD COLUMN active boolean DEFAULT true NOT NULL;
