
-- s0001 drop index users.users_email_idx
SET @sqlx_ddl = CONCAT('ALTER TABLE `users` DROP INDEX `users_email_idx`', IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'email' AND EXTRA LIKE '%auto_increment%') AND NOT EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'users' AND COLUMN_NAME = 'email' AND SEQ_IN_INDEX = 1 AND INDEX_NAME <> 'users_email_idx'), ', ADD INDEX `sqlx_auto_email` (`email`)', ''));
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;

-- s0002 create index users.users_email_idx
ALTER TABLE `users` ADD INDEX IF NOT EXISTS `users_email_idx` (`email`) COMMENT 'lookup', DROP INDEX IF EXISTS `sqlx_auto_email`;
