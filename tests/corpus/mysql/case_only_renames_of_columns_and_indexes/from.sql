CREATE TABLE Customers (
  ID int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  Email varchar(120) NOT NULL,
  FullName varchar(100) DEFAULT NULL,
  UNIQUE KEY UQ_Email (Email),
  KEY IX_FullName (FullName)
) ENGINE=InnoDB;
CREATE TABLE orders (id int NOT NULL PRIMARY KEY, customer_id int NOT NULL, CONSTRAINT FK_Orders_Customer FOREIGN KEY (customer_id) REFERENCES Customers (ID)) ENGINE=InnoDB;
