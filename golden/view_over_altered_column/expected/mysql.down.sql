
-- s0003 create view user_emails
DROP VIEW `user_emails`;

-- s0002 alter column users.email
ALTER TABLE `users` MODIFY COLUMN `email` varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL;

-- s0001 drop view user_emails
CREATE VIEW `user_emails` AS select `users`.`id` AS `id`,`users`.`email` AS `email` from `users`;
