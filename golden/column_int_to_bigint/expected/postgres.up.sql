
-- s0001 alter column t.n
ALTER TABLE t ALTER COLUMN n TYPE bigint USING n::bigint;
