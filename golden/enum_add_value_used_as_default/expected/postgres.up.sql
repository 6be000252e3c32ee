
-- s0001 rebuild enum mood
ALTER TYPE mood RENAME TO mood__sqlx_old;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
DO $sqlx$
DECLARE r record; later text[] := '{}'; s text;
BEGIN
  FOR r IN SELECT con.conrelid::regclass::text AS tbl, con.conname, pg_get_constraintdef(con.oid) AS def,
                  obj_description(con.oid, 'pg_constraint') AS comment
           FROM pg_constraint con
           WHERE con.contype IN ('c', 'x') AND con.coninhcount = 0 AND con.conrelid <> 0
             AND EXISTS (SELECT 1 FROM pg_depend d
                         WHERE d.refclassid = 'pg_type'::regclass AND d.refobjid = 'mood__sqlx_old'::regtype
                           AND (d.classid, d.objid) IN (('pg_constraint'::regclass, con.oid),
                                                        ('pg_class'::regclass, con.conindid)))
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
    later := later || format('ALTER TABLE %s ADD CONSTRAINT %I %s', r.tbl, r.conname,
                             replace(r.def, '::mood__sqlx_old', '::mood'));
    IF r.comment IS NOT NULL THEN
      later := later || format('COMMENT ON CONSTRAINT %I ON %s IS %L', r.conname, r.tbl, r.comment);
    END IF;
  END LOOP;
  FOR r IN SELECT DISTINCT ic.relkind AS kind, ic.oid::regclass::text AS idx,
                  CASE WHEN ic.relkind = 'I' THEN regexp_replace(pg_get_indexdef(ic.oid), ' ON ONLY ', ' ON ')
                       ELSE pg_get_indexdef(ic.oid) END AS def,
                  obj_description(ic.oid, 'pg_class') AS comment
           FROM pg_depend d JOIN pg_class ic ON ic.oid = d.objid
           WHERE d.classid = 'pg_class'::regclass AND ic.relkind IN ('I', 'i') AND NOT ic.relispartition
             AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = ic.oid)
             AND d.refclassid = 'pg_type'::regclass AND d.refobjid = 'mood__sqlx_old'::regtype
           ORDER BY 1, 2
  LOOP
    EXECUTE format('DROP INDEX %s', r.idx);
    later := later || replace(r.def, '::mood__sqlx_old', '::mood');
    IF r.comment IS NOT NULL THEN
      later := later || format('COMMENT ON INDEX %s IS %L', r.idx, r.comment);
    END IF;
  END LOOP;
  EXECUTE 'ALTER TABLE t ALTER COLUMN m DROP DEFAULT, ALTER COLUMN m TYPE mood USING m::text::mood, ALTER COLUMN m SET DEFAULT ''ok''::mood';
  FOREACH s IN ARRAY later LOOP
    EXECUTE s;
  END LOOP;
  EXECUTE format('COMMENT ON TYPE %I IS %L', 'mood', obj_description('mood__sqlx_old'::regtype, 'pg_type'));
END $sqlx$;
DROP TYPE mood__sqlx_old;

-- s0002 alter column t.m
ALTER TABLE t ALTER COLUMN m DROP DEFAULT, ALTER COLUMN m SET DEFAULT 'happy'::mood;
