
-- s0001 create table employees
CREATE TABLE `employees` (
  `id` int NOT NULL,
  `manager_id` int NULL,
  PRIMARY KEY (`id`)
);

-- s0002 create index employees.manager_id
ALTER TABLE `employees` ADD INDEX IF NOT EXISTS `manager_id` (`manager_id`), DROP INDEX IF EXISTS `sqlx_auto_manager_id`;

-- s0003 add foreign key employees.employees_ibfk_1
SET @sqlx_keys = (SELECT JSON_ARRAYAGG(INDEX_NAME) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'employees' AND SEQ_IN_INDEX = 1);
ALTER TABLE `employees` ADD CONSTRAINT `employees_ibfk_1` FOREIGN KEY (`manager_id`) REFERENCES `employees` (`id`) ON DELETE SET NULL;
SET @sqlx_ddl = COALESCE(IF(JSON_CONTAINS(@sqlx_keys, JSON_QUOTE('employees_ibfk_1')), NULL, (SELECT CONCAT('ALTER TABLE `employees` RENAME INDEX `employees_ibfk_1` TO `', REPLACE(k.name, '`', '``'), '`') FROM JSON_TABLE(@sqlx_keys, '$[*]' COLUMNS (name varchar(64) PATH '$')) k WHERE k.name NOT IN (SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'employees') LIMIT 1)), 'DO 0');
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;
