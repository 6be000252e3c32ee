
-- s0001 alter column t.at
ALTER TABLE t ALTER COLUMN at TYPE timestamp(6) without time zone USING at::timestamp(6) without time zone;
