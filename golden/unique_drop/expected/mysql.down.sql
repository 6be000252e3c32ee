
-- s0001 drop index users.email
ALTER TABLE `users` ADD UNIQUE INDEX IF NOT EXISTS `email` (`email`), DROP INDEX IF EXISTS `sqlx_auto_email`;
