
-- s0001 drop column users.name
ALTER TABLE `users` ADD COLUMN `name` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL;
