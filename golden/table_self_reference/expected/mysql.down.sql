
-- s0003 add foreign key employees.employees_ibfk_1
ALTER TABLE `employees` DROP FOREIGN KEY `employees_ibfk_1`;

-- s0002 create index employees.manager_id
SET @sqlx_ddl = CONCAT('ALTER TABLE `employees` DROP INDEX `manager_id`', IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'employees' AND COLUMN_NAME = 'manager_id' AND EXTRA LIKE '%auto_increment%') AND NOT EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'employees' AND COLUMN_NAME = 'manager_id' AND SEQ_IN_INDEX = 1 AND INDEX_NAME <> 'manager_id'), ', ADD INDEX `sqlx_auto_manager_id` (`manager_id`)', ''));
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;

-- s0001 create table employees
DROP TABLE `employees`;
