
-- s0001 alter column t.amount
ALTER TABLE t ALTER COLUMN amount TYPE numeric(14,4) USING amount::numeric(14,4);
