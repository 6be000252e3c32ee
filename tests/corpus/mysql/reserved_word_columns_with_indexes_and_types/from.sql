CREATE TABLE `order` (`key` varchar(20) NOT NULL, `desc` text, `date` date DEFAULT NULL, `int` int DEFAULT NULL, PRIMARY KEY (`key`), KEY `date` (`date`)) ENGINE=InnoDB;
