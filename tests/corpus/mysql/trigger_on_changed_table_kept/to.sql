CREATE TABLE accounts (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, balance decimal(14,2) NOT NULL DEFAULT 0, currency char(3) NOT NULL DEFAULT 'EUR', updated_at datetime DEFAULT NULL) ENGINE=InnoDB;
CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts FOR EACH ROW SET NEW.updated_at = NOW();
