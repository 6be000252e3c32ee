CREATE TABLE memberships (
  org_id int NOT NULL,
  user_id int NOT NULL,
  role varchar(20) NOT NULL DEFAULT 'member',
  PRIMARY KEY (org_id, user_id),
  KEY memberships_user (user_id)
) ENGINE=InnoDB;
CREATE TABLE stock (
  warehouse_id int NOT NULL,
  sku varchar(20) NOT NULL,
  qty int NOT NULL DEFAULT 0,
  PRIMARY KEY (warehouse_id, sku)
) ENGINE=InnoDB;
CREATE TABLE stock_moves (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  warehouse_id int NOT NULL,
  sku varchar(20) NOT NULL,
  delta int NOT NULL,
  CONSTRAINT stock_moves_stock FOREIGN KEY (warehouse_id, sku) REFERENCES stock (warehouse_id, sku)
) ENGINE=InnoDB;
