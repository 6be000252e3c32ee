
-- s0001 rebuild enum mood
ALTER TYPE mood RENAME TO mood__sqlx_old;
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
ALTER TABLE t ALTER COLUMN m DROP DEFAULT, ALTER COLUMN m TYPE mood USING m::text::mood, ALTER COLUMN m SET DEFAULT 'ok'::mood;
DO $sqlx$ BEGIN EXECUTE format('COMMENT ON TYPE %I IS %L', 'mood', obj_description('mood__sqlx_old'::regtype, 'pg_type')); END $sqlx$;
DROP TYPE mood__sqlx_old;

-- s0002 alter column t.m
ALTER TABLE t ALTER COLUMN m DROP DEFAULT, ALTER COLUMN m SET DEFAULT 'happy'::mood;
