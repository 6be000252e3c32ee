
-- s0001 drop column users.name
ALTER TABLE `users` DROP COLUMN `name`;
