
-- s0001 rename column users.full_name
ALTER TABLE `users` CHANGE COLUMN `name` `full_name` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL;
