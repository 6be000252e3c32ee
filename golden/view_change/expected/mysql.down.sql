
-- s0002 create view user_emails
DROP VIEW `user_emails`;

-- s0001 drop view user_emails
CREATE VIEW `user_emails` AS select `users`.`id` AS `id`,`users`.`email` AS `email` from `users`;
