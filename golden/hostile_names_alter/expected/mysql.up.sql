
-- s0001 add column select.with `tick`
ALTER TABLE `select` ADD COLUMN `with ``tick``` int NULL;

-- s0002 alter column select.order
ALTER TABLE `select` MODIFY COLUMN `order` bigint NULL;
