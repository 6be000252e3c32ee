CREATE TABLE orders (id int NOT NULL PRIMARY KEY, customer varchar(40) NOT NULL, total decimal(10,2) NOT NULL) ENGINE=InnoDB;
CREATE TABLE order_stats (customer varchar(40) NOT NULL PRIMARY KEY, n int NOT NULL, revenue decimal(12,2) NOT NULL) ENGINE=InnoDB;
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
