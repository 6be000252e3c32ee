CREATE SEQUENCE invoice_numbers START WITH 10000 INCREMENT BY 1 CACHE 20;
CREATE SEQUENCE legacy_ids;
CREATE SEQUENCE countdown START WITH -1 INCREMENT BY -1 COMMENT 'goes down';
CREATE TABLE invoices (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number bigint NOT NULL DEFAULT NEXTVAL(invoice_numbers),
  legacy_id bigint DEFAULT NEXTVAL(legacy_ids),
  total decimal(10,2) NOT NULL
) ENGINE=InnoDB;
INSERT INTO invoices (total) VALUES (10), (20);
