
-- s0001 create index users.email
ALTER TABLE `users` ADD UNIQUE INDEX IF NOT EXISTS `email` (`email`), DROP INDEX IF EXISTS `sqlx_auto_email`;
