CREATE TABLE products (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  price decimal(10,2) NOT NULL,
  stock int NOT NULL CHECK (stock >= 0),
  discount tinyint unsigned DEFAULT 0 CHECK (discount <= 80),
  sku varchar(20) NOT NULL CHECK (sku regexp '^[A-Z0-9-]+$'),
  CONSTRAINT price CHECK (price >= 0 and price < 100000),
  CONSTRAINT stock_nonneg CHECK (stock >= 0 or sku = 'BACKORDER'),
  CHECK (sku <> ''),
  CHECK (price > 0 or discount = 0)
) ENGINE=InnoDB;
