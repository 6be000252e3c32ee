CREATE TABLE products (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(50) NOT NULL, price decimal(8,2)) ENGINE=InnoDB;
CREATE VIEW all_products AS SELECT * FROM products;
CREATE VIEW cheap AS SELECT * FROM all_products WHERE price < 5;
