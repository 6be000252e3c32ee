
-- s0001 alter column t.id
SET @sqlx_ddl = CONCAT('ALTER TABLE `t` MODIFY COLUMN `id` bigint NOT NULL AUTO_INCREMENT', IF(NOT EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't' AND COLUMN_NAME = 'id' AND SEQ_IN_INDEX = 1 AND INDEX_NAME <> ''), ', ADD INDEX `sqlx_auto_id` (`id`)', ''));
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;
