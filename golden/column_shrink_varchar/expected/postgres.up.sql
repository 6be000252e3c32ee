
-- s0001 alter column users.email
ALTER TABLE users ALTER COLUMN email TYPE character varying(50) USING email::character varying(50);
