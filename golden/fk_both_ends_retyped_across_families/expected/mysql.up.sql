
-- s0001 drop foreign key projects.projects_ibfk_1
ALTER TABLE `projects` DROP FOREIGN KEY `projects_ibfk_1`;

-- s0002 alter column orgs.id
ALTER TABLE `orgs` MODIFY COLUMN `id` varchar(64) NOT NULL;
ALTER TABLE `orgs` MODIFY COLUMN `id` uuid NOT NULL;

-- s0003 alter column projects.org_id
ALTER TABLE `projects` MODIFY COLUMN `org_id` varchar(64) NOT NULL;
ALTER TABLE `projects` MODIFY COLUMN `org_id` uuid NOT NULL;

-- s0004 add foreign key projects.projects_ibfk_1
SET @sqlx_keys = (SELECT JSON_ARRAYAGG(INDEX_NAME) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'projects' AND SEQ_IN_INDEX = 1);
ALTER TABLE `projects` ADD CONSTRAINT `projects_ibfk_1` FOREIGN KEY (`org_id`) REFERENCES `orgs` (`id`);
SET @sqlx_ddl = COALESCE(IF(JSON_CONTAINS(@sqlx_keys, JSON_QUOTE('projects_ibfk_1')), NULL, (SELECT CONCAT('ALTER TABLE `projects` RENAME INDEX `projects_ibfk_1` TO `', REPLACE(k.name, '`', '``'), '`') FROM JSON_TABLE(@sqlx_keys, '$[*]' COLUMNS (name varchar(64) PATH '$')) k WHERE k.name NOT IN (SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'projects') LIMIT 1)), 'DO 0');
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;
