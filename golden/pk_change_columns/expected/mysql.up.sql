
-- s0001 drop primary key t.PRIMARY
SET @sqlx_ddl = CONCAT('ALTER TABLE `t` DROP PRIMARY KEY', IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't' AND COLUMN_NAME = 'a' AND EXTRA LIKE '%auto_increment%') AND NOT EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 't' AND COLUMN_NAME = 'a' AND SEQ_IN_INDEX = 1 AND INDEX_NAME <> 'PRIMARY'), ', ADD INDEX `sqlx_auto_a` (`a`)', ''));
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;

-- s0002 add primary key t.PRIMARY
ALTER TABLE `t` ADD PRIMARY KEY (`a`, `b`), DROP INDEX IF EXISTS `sqlx_auto_a`;
