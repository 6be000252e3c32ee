
-- s0004 add foreign key c.c_ibfk_1
ALTER TABLE `c` DROP FOREIGN KEY `c_ibfk_1`;

-- s0003 alter column p.id
ALTER TABLE `p` MODIFY COLUMN `id` int NOT NULL;

-- s0002 alter column c.p_id
ALTER TABLE `c` MODIFY COLUMN `p_id` int NOT NULL;

-- s0001 drop foreign key c.c_ibfk_1
ALTER TABLE `c` ADD CONSTRAINT `c_ibfk_1` FOREIGN KEY (`p_id`) REFERENCES `p` (`id`);
ALTER TABLE `c` RENAME INDEX IF EXISTS `c_ibfk_1` TO `p_id`;
