
-- s0001 add column select.with `tick`
ALTER TABLE "select" ADD COLUMN "with `tick`" integer;

-- s0002 alter column select.order
ALTER TABLE "select" ALTER COLUMN "order" TYPE bigint USING "order"::bigint;
