CREATE TABLE `user data` (`id` int NOT NULL PRIMARY KEY, `e-mail` varchar(100) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE `order-items` (`line id` int NOT NULL PRIMARY KEY, `unit$price` decimal(8,2) NOT NULL, `größe` varchar(10) DEFAULT NULL, KEY `idx order-items größe` (`größe`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE VIEW `items view` AS SELECT `line id`, `unit$price` FROM `order-items`;
