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

  IF NEW.balance_cents <> OLD.balance_cents THEN

    INSERT INTO account_audit (account_id, delta_cents)
    VALUES (NEW.id, NEW.balance_cents - OLD.balance_cents);

  END IF;

END;

CREATE PROCEDURE credit_account(IN p_id int unsigned, IN p_cents bigint)
BEGIN

  UPDATE accounts SET balance_cents = balance_cents + p_cents, updated_at = NOW()
  WHERE id = p_id;

  SELECT balance_cents FROM accounts WHERE id = p_id;

END;
