
-- s0001 alter column t.id
ALTER TABLE `t` MODIFY COLUMN `id` bigint NOT NULL, DROP INDEX IF EXISTS `sqlx_auto_id`;
