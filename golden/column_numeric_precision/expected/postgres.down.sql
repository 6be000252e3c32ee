
-- s0001 alter column t.amount
ALTER TABLE t ALTER COLUMN amount TYPE numeric(10,2) USING amount::numeric(10,2);
