
-- s0003 alter column users.name
ALTER TABLE `users` MODIFY COLUMN `name` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL;

-- s0002 alter column users.email
ALTER TABLE `users` MODIFY COLUMN `email` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL;

-- s0001 alter table options users
ALTER TABLE `users` DEFAULT CHARACTER SET=DEFAULT COLLATE=DEFAULT;
