
-- s0007 drop table b
CREATE TABLE `b` (
  `id` int NOT NULL,
  `a_id` int NULL,
  PRIMARY KEY (`id`)
);

-- s0006 drop table a
CREATE TABLE `a` (
  `id` int NOT NULL,
  `b_id` int NULL,
  PRIMARY KEY (`id`)
);

-- s0005 create table keep
DROP TABLE `keep`;

-- s0004 drop index b.a_id
ALTER TABLE `b` ADD INDEX IF NOT EXISTS `a_id` (`a_id`), DROP INDEX IF EXISTS `sqlx_auto_a_id`;

-- s0003 drop index a.b_id
ALTER TABLE `a` ADD INDEX IF NOT EXISTS `b_id` (`b_id`), DROP INDEX IF EXISTS `sqlx_auto_b_id`;

-- s0002 drop foreign key b.b_ibfk_1
SET @sqlx_keys = (SELECT JSON_ARRAYAGG(INDEX_NAME) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'b' AND SEQ_IN_INDEX = 1);
ALTER TABLE `b` ADD CONSTRAINT `b_ibfk_1` FOREIGN KEY (`a_id`) REFERENCES `a` (`id`);
SET @sqlx_ddl = COALESCE(IF(JSON_CONTAINS(@sqlx_keys, JSON_QUOTE('b_ibfk_1')), NULL, (SELECT CONCAT('ALTER TABLE `b` RENAME INDEX `b_ibfk_1` TO `', REPLACE(k.name, '`', '``'), '`') FROM JSON_TABLE(@sqlx_keys, '$[*]' COLUMNS (name varchar(64) PATH '$')) k WHERE k.name NOT IN (SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'b') LIMIT 1)), 'DO 0');
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;

-- s0001 drop foreign key a.a_ibfk_1
SET @sqlx_keys = (SELECT JSON_ARRAYAGG(INDEX_NAME) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'a' AND SEQ_IN_INDEX = 1);
ALTER TABLE `a` ADD CONSTRAINT `a_ibfk_1` FOREIGN KEY (`b_id`) REFERENCES `b` (`id`);
SET @sqlx_ddl = COALESCE(IF(JSON_CONTAINS(@sqlx_keys, JSON_QUOTE('a_ibfk_1')), NULL, (SELECT CONCAT('ALTER TABLE `a` RENAME INDEX `a_ibfk_1` TO `', REPLACE(k.name, '`', '``'), '`') FROM JSON_TABLE(@sqlx_keys, '$[*]' COLUMNS (name varchar(64) PATH '$')) k WHERE k.name NOT IN (SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'a') LIMIT 1)), 'DO 0');
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;
