CREATE TABLE customers (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(120) NOT NULL,
  credit_limit decimal(10,2) NOT NULL DEFAULT 0,
  UNIQUE KEY customers_email (email)
) ENGINE=InnoDB;
INSERT INTO customers (email) VALUES ('a@example.com');
UPDATE customers SET credit_limit = 10;

CREATE TABLE price_list (
  sku varchar(20) NOT NULL PRIMARY KEY,
  price decimal(10,2) NOT NULL,
  note varchar(100) DEFAULT NULL
) ENGINE=InnoDB WITH SYSTEM VERSIONING;
INSERT INTO price_list VALUES ('A-1', 5.00, NULL);
UPDATE price_list SET price = 6.00;

CREATE TABLE contracts (
  id int NOT NULL PRIMARY KEY,
  customer_id int NOT NULL,
  terms text,
  CONSTRAINT contracts_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB COMMENT='signed contracts' WITH SYSTEM VERSIONING;
