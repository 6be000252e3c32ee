
-- s0001 add column users.country
ALTER TABLE `users` DROP COLUMN `country`;
