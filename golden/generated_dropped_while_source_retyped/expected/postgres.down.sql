
-- s0002 alter column t.a
ALTER TABLE t ALTER COLUMN a TYPE integer USING a::integer;

-- s0001 drop column t.b
ALTER TABLE t ADD COLUMN b integer GENERATED ALWAYS AS ((a * 2)) STORED;
