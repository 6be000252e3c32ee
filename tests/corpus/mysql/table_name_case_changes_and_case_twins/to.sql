CREATE TABLE `user_accounts` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `email_address` varchar(190) NOT NULL,
  UNIQUE KEY `ix_user_accounts_email` (`email_address`)
) ENGINE=InnoDB;
CREATE TABLE `orders` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_account_id` int NOT NULL,
  KEY `ix_orders_user` (`user_account_id`),
  CONSTRAINT `fk_orders_user_accounts` FOREIGN KEY (`user_account_id`) REFERENCES `user_accounts` (`id`)
) ENGINE=InnoDB;
CREATE TABLE logs (id int NOT NULL PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE `Logs` (id int NOT NULL PRIMARY KEY, note varchar(20)) ENGINE=InnoDB;
CREATE VIEW `active_users` AS SELECT `id`, `email_address` FROM `user_accounts`;
