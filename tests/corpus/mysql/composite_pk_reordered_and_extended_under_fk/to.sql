CREATE TABLE memberships (
  org_id int NOT NULL,
  user_id int NOT NULL,
  role varchar(20) NOT NULL DEFAULT 'member',
  PRIMARY KEY (user_id, org_id),
  KEY memberships_org (org_id)
) ENGINE=InnoDB;
CREATE TABLE stock (
  warehouse_id int NOT NULL,
  sku varchar(20) NOT NULL,
  lot varchar(10) NOT NULL DEFAULT '',
  qty int NOT NULL DEFAULT 0,
  PRIMARY KEY (warehouse_id, sku, lot)
) ENGINE=InnoDB;
CREATE TABLE stock_moves (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  warehouse_id int NOT NULL,
  sku varchar(20) NOT NULL,
  lot varchar(10) NOT NULL DEFAULT '',
  delta int NOT NULL,
  CONSTRAINT stock_moves_stock FOREIGN KEY (warehouse_id, sku, lot) REFERENCES stock (warehouse_id, sku, lot)
) ENGINE=InnoDB;
