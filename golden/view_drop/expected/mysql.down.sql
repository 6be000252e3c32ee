
-- s0001 drop view user_emails
CREATE VIEW `user_emails` AS select `users`.`id` AS `id`,`users`.`email` AS `email` from `users`;
