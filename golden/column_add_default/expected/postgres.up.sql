
-- s0001 add column users.country
ALTER TABLE users ADD COLUMN country character(2) DEFAULT 'US'::bpchar NOT NULL;
