CREATE TABLE Accounts (accountId int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(80) NOT NULL) ENGINE=InnoDB;
CREATE TABLE Invoices (invoiceId int NOT NULL AUTO_INCREMENT PRIMARY KEY, accountId int NOT NULL, amount decimal(10,2) NOT NULL, CONSTRAINT FK_Invoices_Accounts FOREIGN KEY (accountId) REFERENCES Accounts (accountId) ON DELETE CASCADE) ENGINE=InnoDB;
CREATE VIEW AccountTotals AS SELECT a.accountId, a.name, SUM(i.amount) AS Total FROM Accounts a JOIN Invoices i ON i.accountId = a.accountId GROUP BY a.accountId, a.name;
