CREATE TABLE items (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, amount_cents int NOT NULL, qty int NOT NULL DEFAULT 1,
  total_cents int AS (amount_cents * qty) STORED,
  CONSTRAINT items_price_nonneg CHECK (amount_cents >= 0),
  FULLTEXT KEY items_ft (label),
  label varchar(100) CHARACTER SET utf8mb3 NOT NULL DEFAULT '') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
