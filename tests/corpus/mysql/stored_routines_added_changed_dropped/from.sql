CREATE TABLE orders (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  total_cents int NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'new'
) ENGINE=InnoDB;
CREATE FUNCTION cents_to_units(c int) RETURNS decimal(12,2) DETERMINISTIC RETURN c / 100;
CREATE PROCEDURE close_old_orders()
MODIFIES SQL DATA
BEGIN
  UPDATE orders SET status = 'closed' WHERE status = 'new';
END;
CREATE PROCEDURE legacy_cleanup() DELETE FROM orders WHERE status = 'void';
CREATE VIEW order_units AS SELECT id, cents_to_units(total_cents) AS total FROM orders;
