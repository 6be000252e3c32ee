
-- s0001 alter column t.s
ALTER TABLE t ALTER COLUMN s TYPE character varying(20) COLLATE "C" USING s::character varying(20);
