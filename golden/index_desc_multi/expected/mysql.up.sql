
-- s0001 create index users.email
ALTER TABLE `users` ADD INDEX IF NOT EXISTS `email` (`email` DESC, `id`), DROP INDEX IF EXISTS `sqlx_auto_email`;
