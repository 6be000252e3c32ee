CREATE TABLE orders (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, total decimal(10,2) NOT NULL DEFAULT 0, status varchar(20) NOT NULL DEFAULT 'new') ENGINE=InnoDB;
CREATE FUNCTION orderTotal(p_id int) RETURNS decimal(10,2) READS SQL DATA RETURN (SELECT total FROM orders WHERE id = p_id);
CREATE PROCEDURE close_order(IN p_id int) MODIFIES SQL DATA UPDATE orders SET status = 'closed' WHERE id = p_id;
CREATE PROCEDURE recalc(IN p_id int) MODIFIES SQL DATA UPDATE orders SET total = ROUND(total, 2) WHERE id = p_id;
