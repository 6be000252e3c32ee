
-- s0001 add column users.active
ALTER TABLE `users` ADD COLUMN `active` tinyint(1) NOT NULL DEFAULT 1;
