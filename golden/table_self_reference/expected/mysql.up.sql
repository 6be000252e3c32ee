
-- s0001 create table employees
CREATE TABLE `employees` (
  `id` int NOT NULL,
  `manager_id` int NULL,
  PRIMARY KEY (`id`)
);

-- s0002 create index employees.manager_id
ALTER TABLE `employees` ADD INDEX IF NOT EXISTS `manager_id` (`manager_id`), DROP INDEX IF EXISTS `sqlx_auto_manager_id`;

-- s0003 add foreign key employees.employees_ibfk_1
ALTER TABLE `employees` ADD CONSTRAINT `employees_ibfk_1` FOREIGN KEY (`manager_id`) REFERENCES `employees` (`id`) ON DELETE SET NULL;
ALTER TABLE `employees` RENAME INDEX IF EXISTS `employees_ibfk_1` TO `manager_id`;
