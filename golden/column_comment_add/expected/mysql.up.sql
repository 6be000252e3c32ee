
-- s0001 set comment users.name
ALTER TABLE `users` MODIFY COLUMN `name` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL COMMENT 'display name';
