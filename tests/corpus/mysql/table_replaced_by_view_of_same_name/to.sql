CREATE TABLE orders (id int NOT NULL PRIMARY KEY, customer varchar(40) NOT NULL, total decimal(10,2) NOT NULL) ENGINE=InnoDB;
CREATE VIEW order_stats AS SELECT customer, COUNT(*) AS n, SUM(total) AS revenue FROM orders GROUP BY customer;
CREATE TABLE big_orders (id int NOT NULL PRIMARY KEY, total decimal(10,2) NOT NULL) ENGINE=InnoDB;
