
-- s0001 create index users.users_email_key
ALTER TABLE `users` ADD UNIQUE INDEX IF NOT EXISTS `users_email_key` (`email`), DROP INDEX IF EXISTS `sqlx_auto_email`;
