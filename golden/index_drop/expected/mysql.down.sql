
-- s0001 drop index users.users_email_idx
ALTER TABLE `users` ADD INDEX IF NOT EXISTS `users_email_idx` (`email`), DROP INDEX IF EXISTS `sqlx_auto_email`;
