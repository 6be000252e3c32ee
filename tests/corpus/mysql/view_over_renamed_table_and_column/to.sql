CREATE TABLE customers (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, first_name varchar(50), last_name varchar(50)) ENGINE=InnoDB;
CREATE VIEW customer_names AS SELECT id, concat(first_name, ' ', last_name) AS name FROM customers;
CREATE VIEW customer_count AS SELECT count(*) AS n FROM customer_names;
