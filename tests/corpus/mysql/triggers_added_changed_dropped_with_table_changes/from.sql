CREATE TABLE accounts (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(191) NOT NULL,
  balance int NOT NULL DEFAULT 0,
  updated_at datetime NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE audit (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id bigint unsigned NOT NULL,
  what varchar(20) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE legacy (id int PRIMARY KEY, n int) ENGINE=InnoDB;
CREATE TRIGGER accounts_bu BEFORE UPDATE ON accounts FOR EACH ROW SET NEW.updated_at = NOW();
CREATE TRIGGER accounts_ai AFTER INSERT ON accounts FOR EACH ROW INSERT INTO audit (account_id, what) VALUES (NEW.id, 'insert');
CREATE TRIGGER legacy_bi BEFORE INSERT ON legacy FOR EACH ROW SET NEW.n = COALESCE(NEW.n, 0);
