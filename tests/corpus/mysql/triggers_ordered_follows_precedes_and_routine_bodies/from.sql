CREATE TABLE inventory (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sku varchar(40) NOT NULL,
  qty int NOT NULL DEFAULT 0,
  reserved int NOT NULL DEFAULT 0,
  updated_at datetime NULL,
  UNIQUE KEY inventory_sku_unique (sku)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE inventory_log (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  inventory_id int unsigned NOT NULL,
  delta int NOT NULL,
  note varchar(100) NULL,
  logged_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TRIGGER inventory_bu_stamp BEFORE UPDATE ON inventory FOR EACH ROW SET NEW.updated_at = NOW();
CREATE TRIGGER inventory_bu_clamp BEFORE UPDATE ON inventory FOR EACH ROW FOLLOWS inventory_bu_stamp
  SET NEW.qty = GREATEST(NEW.qty, 0);
CREATE TRIGGER inventory_au_log AFTER UPDATE ON inventory FOR EACH ROW
  INSERT INTO inventory_log (inventory_id, delta) VALUES (NEW.id, NEW.qty - OLD.qty);

CREATE FUNCTION available(q int, r int) RETURNS int DETERMINISTIC NO SQL RETURN q - r;

CREATE PROCEDURE restock(IN p_sku varchar(40), IN p_qty int)
  MODIFIES SQL DATA
  COMMENT 'add stock'
BEGIN
  UPDATE inventory SET qty = qty + p_qty WHERE sku = p_sku;
END;

CREATE VIEW stock_levels AS SELECT sku, available(qty, reserved) AS available FROM inventory;
