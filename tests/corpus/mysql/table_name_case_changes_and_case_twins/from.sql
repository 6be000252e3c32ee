CREATE TABLE `UserAccounts` (
  `Id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `EmailAddress` varchar(190) NOT NULL,
  UNIQUE KEY `IX_UserAccounts_Email` (`EmailAddress`)
) ENGINE=InnoDB;
CREATE TABLE `Orders` (
  `Id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `UserAccountId` int NOT NULL,
  KEY `IX_Orders_User` (`UserAccountId`),
  CONSTRAINT `FK_Orders_UserAccounts` FOREIGN KEY (`UserAccountId`) REFERENCES `UserAccounts` (`Id`)
) ENGINE=InnoDB;
CREATE TABLE logs (id int NOT NULL PRIMARY KEY) ENGINE=InnoDB;
CREATE VIEW `ActiveUsers` AS SELECT `Id`, `EmailAddress` FROM `UserAccounts`;
