
-- s0001 alter column t.at
ALTER TABLE `t` MODIFY COLUMN `at` datetime(6) NOT NULL;
