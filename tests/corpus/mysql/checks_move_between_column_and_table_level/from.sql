CREATE TABLE products (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  price decimal(10,2) NOT NULL CHECK (price >= 0),
  stock int NOT NULL,
  discount tinyint unsigned DEFAULT 0,
  sku varchar(20) NOT NULL,
  CONSTRAINT discount_range CHECK (discount <= 90),
  CONSTRAINT stock_nonneg CHECK (stock >= 0),
  CHECK (sku <> '')
) ENGINE=InnoDB;
