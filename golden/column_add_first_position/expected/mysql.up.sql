
-- s0001 add column users.tenant
ALTER TABLE `users` ADD COLUMN `tenant` int NOT NULL DEFAULT 0 FIRST;
