
-- s0002 drop column users.name
ALTER TABLE `users` ADD COLUMN `name` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL;

-- s0001 add column users.full_name
ALTER TABLE `users` DROP COLUMN `full_name`;
