
-- s0002 drop column t.a
ALTER TABLE t ADD COLUMN a integer NOT NULL;

-- s0001 drop column t.b
ALTER TABLE t ADD COLUMN b integer GENERATED ALWAYS AS ((a * 2)) STORED;
