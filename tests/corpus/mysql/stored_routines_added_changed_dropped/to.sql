CREATE TABLE orders (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  total_cents bigint NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'new',
  closed_at datetime NULL
) ENGINE=InnoDB;
CREATE FUNCTION cents_to_units(c bigint) RETURNS decimal(14,2) DETERMINISTIC COMMENT 'cents -> currency units' RETURN c / 100;
CREATE PROCEDURE close_old_orders(IN older_than_days int)
MODIFIES SQL DATA
SQL SECURITY INVOKER
BEGIN
  UPDATE orders SET status = 'closed', closed_at = NOW() WHERE status = 'new';
  SELECT ROW_COUNT() AS closed;
END;
CREATE FUNCTION order_count(s varchar(20)) RETURNS int READS SQL DATA RETURN (SELECT COUNT(*) FROM orders WHERE status = s);
CREATE VIEW order_units AS SELECT id, cents_to_units(total_cents) AS total FROM orders;
