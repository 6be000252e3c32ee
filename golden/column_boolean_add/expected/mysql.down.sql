
-- s0001 add column users.active
ALTER TABLE `users` DROP COLUMN `active`;
