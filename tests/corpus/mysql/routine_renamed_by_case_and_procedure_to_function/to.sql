CREATE TABLE orders (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, total decimal(12,2) NOT NULL DEFAULT 0, status varchar(20) NOT NULL DEFAULT 'new') ENGINE=InnoDB;
CREATE FUNCTION OrderTotal(p_id int) RETURNS decimal(12,2) READS SQL DATA RETURN (SELECT total FROM orders WHERE id = p_id);
CREATE PROCEDURE Close_Order(IN p_id int) MODIFIES SQL DATA UPDATE orders SET status = 'closed' WHERE id = p_id;
CREATE FUNCTION recalc(p_id int) RETURNS decimal(12,2) READS SQL DATA RETURN (SELECT ROUND(total, 2) FROM orders WHERE id = p_id);
