-- Stored routines and triggers written with blank lines between their steps, as
-- people format them. The release rewrites a trigger and adds a procedure; a
-- plan that drops the blank lines creates bodies that differ from the target's.
CREATE TABLE accounts (
  id int unsigned NOT NULL AUTO_INCREMENT,
  balance_cents bigint NOT NULL DEFAULT 0,
  updated_at datetime DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_audit (
  id int unsigned NOT NULL AUTO_INCREMENT,
  account_id int unsigned NOT NULL,
  delta_cents bigint NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TRIGGER accounts_audit AFTER UPDATE ON accounts FOR EACH ROW
BEGIN

  INSERT INTO account_audit (account_id, delta_cents)
  VALUES (NEW.id, NEW.balance_cents - OLD.balance_cents);

END;
