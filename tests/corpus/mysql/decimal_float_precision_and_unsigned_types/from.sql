CREATE TABLE prices (
  id mediumint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  amount decimal(8,2) NOT NULL DEFAULT 0.00,
  rate decimal(5,4) unsigned DEFAULT NULL,
  weight float(7,3) DEFAULT NULL,
  ratio double DEFAULT 1,
  score real DEFAULT NULL,
  qty smallint NOT NULL DEFAULT 0,
  big numeric(20) DEFAULT NULL,
  CONSTRAINT prices_amount_nonneg CHECK (amount >= 0)
) ENGINE=InnoDB;
