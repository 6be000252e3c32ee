
-- s0004 drop table c
CREATE TABLE `c` (
  `id` int NOT NULL,
  `p_id` int NOT NULL,
  PRIMARY KEY (`id`)
);

-- s0003 drop index c.p_id
ALTER TABLE `c` ADD INDEX IF NOT EXISTS `p_id` (`p_id`), DROP INDEX IF EXISTS `sqlx_auto_p_id`;

-- s0002 drop primary key p.PRIMARY
ALTER TABLE `p` ADD PRIMARY KEY (`id`), DROP INDEX IF EXISTS `sqlx_auto_id`;

-- s0001 drop foreign key c.c_ibfk_1
SET @sqlx_keys = (SELECT JSON_ARRAYAGG(INDEX_NAME) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'c' AND SEQ_IN_INDEX = 1);
ALTER TABLE `c` ADD CONSTRAINT `c_ibfk_1` FOREIGN KEY (`p_id`) REFERENCES `p` (`id`);
SET @sqlx_ddl = COALESCE(IF(JSON_CONTAINS(@sqlx_keys, JSON_QUOTE('c_ibfk_1')), NULL, (SELECT CONCAT('ALTER TABLE `c` RENAME INDEX `c_ibfk_1` TO `', REPLACE(k.name, '`', '``'), '`') FROM JSON_TABLE(@sqlx_keys, '$[*]' COLUMNS (name varchar(64) PATH '$')) k WHERE k.name NOT IN (SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'c') LIMIT 1)), 'DO 0');
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;
