
-- s0001 alter column t.code
ALTER TABLE t ALTER COLUMN code TYPE text USING code::text;
