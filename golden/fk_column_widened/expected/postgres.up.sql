
-- s0001 alter column c.p_id
ALTER TABLE c ALTER COLUMN p_id TYPE bigint USING p_id::bigint;

-- s0002 alter column p.id
ALTER TABLE p ALTER COLUMN id TYPE bigint USING id::bigint;
