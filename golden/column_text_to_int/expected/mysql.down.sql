
-- s0001 alter column t.code
ALTER TABLE `t` MODIFY COLUMN `code` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL;
