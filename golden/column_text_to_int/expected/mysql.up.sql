
-- s0001 alter column t.code
ALTER TABLE `t` MODIFY COLUMN `code` int NOT NULL;
