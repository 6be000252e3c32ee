CREATE TABLE Accounts (AccountID int NOT NULL AUTO_INCREMENT PRIMARY KEY, Name varchar(50) NOT NULL) ENGINE=InnoDB;
CREATE TABLE Invoices (InvoiceID int NOT NULL AUTO_INCREMENT PRIMARY KEY, AccountID int NOT NULL, Amount decimal(10,2) NOT NULL, CONSTRAINT FK_Invoices_Accounts FOREIGN KEY (AccountID) REFERENCES Accounts (AccountID) ON DELETE CASCADE) ENGINE=InnoDB;
CREATE VIEW AccountTotals AS SELECT a.AccountID, a.Name, SUM(i.Amount) AS Total FROM Accounts a JOIN Invoices i ON i.AccountID = a.AccountID GROUP BY a.AccountID, a.Name;
