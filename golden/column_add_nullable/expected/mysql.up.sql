
-- s0001 add column users.bio
ALTER TABLE `users` ADD COLUMN `bio` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL;
