
-- s0001 drop foreign key c.c_ibfk_1
ALTER TABLE `c` DROP FOREIGN KEY `c_ibfk_1`;

-- s0002 drop primary key p.PRIMARY
SET @sqlx_ddl = CONCAT('ALTER TABLE `p` DROP PRIMARY KEY', IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'p' AND COLUMN_NAME = 'id' AND EXTRA LIKE '%auto_increment%') AND NOT EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'p' AND COLUMN_NAME = 'id' AND SEQ_IN_INDEX = 1 AND INDEX_NAME <> 'PRIMARY'), ', ADD INDEX `sqlx_auto_id` (`id`)', ''));
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;

-- s0004 drop table c
DROP TABLE `c`;
