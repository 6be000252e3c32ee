
-- s0002 alter column select.order
ALTER TABLE `select` MODIFY COLUMN `order` int NULL;

-- s0001 add column select.with `tick`
ALTER TABLE `select` DROP COLUMN `with ``tick```;
