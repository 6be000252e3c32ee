CREATE TABLE accounts (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(191) NOT NULL,
  balance bigint NOT NULL DEFAULT 0,
  updated_at datetime(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE audit (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id bigint unsigned NOT NULL,
  what varchar(20) NOT NULL,
  at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TRIGGER accounts_bu BEFORE UPDATE ON accounts FOR EACH ROW SET NEW.updated_at = NOW(3);
CREATE TRIGGER accounts_ai AFTER INSERT ON accounts FOR EACH ROW INSERT INTO audit (account_id, what) VALUES (NEW.id, 'insert');
CREATE TRIGGER accounts_ad AFTER DELETE ON accounts FOR EACH ROW
BEGIN
  INSERT INTO audit (account_id, what) VALUES (OLD.id, 'delete');
  INSERT INTO audit (account_id, what) VALUES (OLD.id, 'gone');
END;
