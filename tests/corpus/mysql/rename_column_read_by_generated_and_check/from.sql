CREATE TABLE items (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, price_cents int NOT NULL, qty int NOT NULL DEFAULT 1,
  total_cents int AS (price_cents * qty) STORED,
  CONSTRAINT items_price_nonneg CHECK (price_cents >= 0),
  FULLTEXT KEY items_ft (label),
  label varchar(100) CHARACTER SET utf8mb4 NOT NULL DEFAULT '') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
