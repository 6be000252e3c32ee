CREATE TABLE prices (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  amount decimal(12,4) NOT NULL DEFAULT 0.0000,
  rate decimal(7,5) DEFAULT 0.00000,
  weight double(10,3) DEFAULT NULL,
  ratio float DEFAULT 1.5,
  score decimal(6,3) DEFAULT NULL,
  qty smallint unsigned NOT NULL DEFAULT 0,
  big decimal(30,0) DEFAULT NULL,
  CONSTRAINT prices_amount_nonneg CHECK (amount >= 0.0)
) ENGINE=InnoDB;
