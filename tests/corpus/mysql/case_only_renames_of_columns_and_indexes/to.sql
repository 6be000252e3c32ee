CREATE TABLE Customers (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(120) NOT NULL,
  full_name varchar(100) DEFAULT NULL,
  UNIQUE KEY uq_email (email),
  KEY ix_full_name (full_name)
) ENGINE=InnoDB;
CREATE TABLE orders (id int NOT NULL PRIMARY KEY, customer_id int NOT NULL, CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES Customers (id)) ENGINE=InnoDB;
