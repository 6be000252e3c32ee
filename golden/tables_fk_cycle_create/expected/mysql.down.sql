
-- s0006 add foreign key b.b_ibfk_1
ALTER TABLE `b` DROP FOREIGN KEY `b_ibfk_1`;

-- s0005 add foreign key a.a_ibfk_1
ALTER TABLE `a` DROP FOREIGN KEY `a_ibfk_1`;

-- s0004 create index b.a_id
SET @sqlx_ddl = CONCAT('ALTER TABLE `b` DROP INDEX `a_id`', IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'b' AND COLUMN_NAME = 'a_id' AND EXTRA LIKE '%auto_increment%') AND NOT EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'b' AND COLUMN_NAME = 'a_id' AND SEQ_IN_INDEX = 1 AND INDEX_NAME <> 'a_id'), ', ADD INDEX `sqlx_auto_a_id` (`a_id`)', ''));
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;

-- s0003 create index a.b_id
SET @sqlx_ddl = CONCAT('ALTER TABLE `a` DROP INDEX `b_id`', IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'a' AND COLUMN_NAME = 'b_id' AND EXTRA LIKE '%auto_increment%') AND NOT EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'a' AND COLUMN_NAME = 'b_id' AND SEQ_IN_INDEX = 1 AND INDEX_NAME <> 'b_id'), ', ADD INDEX `sqlx_auto_b_id` (`b_id`)', ''));
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;

-- s0002 create table b
DROP TABLE `b`;

-- s0001 create table a
DROP TABLE `a`;
