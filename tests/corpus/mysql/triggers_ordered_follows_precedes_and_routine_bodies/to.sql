CREATE TABLE inventory (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sku varchar(64) NOT NULL,
  warehouse char(3) NOT NULL DEFAULT 'AMS',
  qty int NOT NULL DEFAULT 0,
  reserved int NOT NULL DEFAULT 0,
  updated_at datetime(3) NULL,
  UNIQUE KEY inventory_sku_warehouse_unique (sku, warehouse)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE inventory_log (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  inventory_id int unsigned NOT NULL,
  delta int NOT NULL,
  note varchar(255) NULL,
  logged_at datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY inventory_log_inventory_id_foreign (inventory_id),
  CONSTRAINT inventory_log_inventory_id_foreign FOREIGN KEY (inventory_id) REFERENCES inventory (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TRIGGER inventory_bu_stamp BEFORE UPDATE ON inventory FOR EACH ROW SET NEW.updated_at = NOW(3);
CREATE TRIGGER inventory_bu_guard BEFORE UPDATE ON inventory FOR EACH ROW PRECEDES inventory_bu_stamp
  SET NEW.reserved = LEAST(NEW.reserved, NEW.qty);
CREATE TRIGGER inventory_bu_clamp BEFORE UPDATE ON inventory FOR EACH ROW FOLLOWS inventory_bu_stamp
  SET NEW.qty = GREATEST(NEW.qty, 0);
CREATE TRIGGER inventory_au_log AFTER UPDATE ON inventory FOR EACH ROW
  INSERT INTO inventory_log (inventory_id, delta, note) VALUES (NEW.id, NEW.qty - OLD.qty, CONCAT('wh ', NEW.warehouse));

CREATE FUNCTION available(q int, r int) RETURNS int DETERMINISTIC NO SQL COMMENT 'never negative' RETURN GREATEST(q - r, 0);

CREATE PROCEDURE restock(IN p_sku varchar(64), IN p_warehouse char(3), IN p_qty int)
  MODIFIES SQL DATA
  SQL SECURITY INVOKER
  COMMENT 'add stock to one warehouse'
BEGIN
  UPDATE inventory SET qty = qty + p_qty WHERE sku = p_sku AND warehouse = p_warehouse;
END;

CREATE SQL SECURITY INVOKER VIEW stock_levels AS SELECT sku, warehouse, available(qty, reserved) AS available FROM inventory;
