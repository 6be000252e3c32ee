
-- s0001 alter column t.at
ALTER TABLE t ALTER COLUMN at TYPE timestamp(3) without time zone USING at::timestamp(3) without time zone;
