
-- s0002 alter column p.id
ALTER TABLE p ALTER COLUMN id TYPE integer USING id::integer;

-- s0001 alter column c.p_id
ALTER TABLE c ALTER COLUMN p_id TYPE integer USING p_id::integer;
