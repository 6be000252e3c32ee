
-- s0001 alter table options users
ALTER TABLE `users` DEFAULT CHARACTER SET=latin1, COLLATE=latin1_swedish_ci;

-- s0002 alter column users.email
ALTER TABLE `users` MODIFY COLUMN `email` varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL;

-- s0003 alter column users.name
ALTER TABLE `users` MODIFY COLUMN `name` text CHARACTER SET latin1 COLLATE latin1_swedish_ci NULL;
