
-- s0001 add column users.country
ALTER TABLE `users` ADD COLUMN `country` char(2) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'US';
