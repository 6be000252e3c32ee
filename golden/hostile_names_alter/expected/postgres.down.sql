
-- s0002 alter column select.order
ALTER TABLE "select" ALTER COLUMN "order" TYPE integer USING "order"::integer;

-- s0001 add column select.with `tick`
ALTER TABLE "select" DROP COLUMN "with `tick`";
