
-- s0001 alter column users.name
ALTER TABLE users ALTER COLUMN name TYPE character varying(30) USING name::character varying(30);
