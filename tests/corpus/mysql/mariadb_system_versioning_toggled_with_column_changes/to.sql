CREATE TABLE customers (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email varchar(200) NOT NULL,
  credit_limit decimal(12,2) NOT NULL DEFAULT 0,
  tier enum('basic','gold') NOT NULL DEFAULT 'basic',
  UNIQUE KEY customers_email (email),
  KEY customers_tier (tier)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

CREATE TABLE price_list (
  sku varchar(20) NOT NULL PRIMARY KEY,
  price decimal(12,4) NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  KEY price_list_currency (currency)
) ENGINE=InnoDB;

CREATE TABLE contracts (
  id int NOT NULL PRIMARY KEY,
  customer_id int NOT NULL,
  signed_on date DEFAULT NULL,
  terms mediumtext,
  CONSTRAINT contracts_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
) ENGINE=InnoDB COMMENT='signed contracts (versioned)' WITH SYSTEM VERSIONING;

CREATE TABLE audit_notes (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  body varchar(500) NOT NULL
) ENGINE=InnoDB WITH SYSTEM VERSIONING;
