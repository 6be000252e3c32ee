CREATE TABLE `order` (
  `id` int NOT NULL AUTO_INCREMENT,
  `select` varchar(50) NOT NULL DEFAULT 'it''s',
  `key` int DEFAULT NULL COMMENT 'the "key" column',
  `we``ird` varchar(20) DEFAULT NULL,
  `Größe` int DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx``tick` (`we``ird`),
  KEY `index` (`key`, `select`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='orders: it''s a "reserved" name';

CREATE TABLE `group` (
  `id` int NOT NULL PRIMARY KEY,
  `order_id` int NOT NULL,
  `desc` text,
  CONSTRAINT `group->order` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE VIEW `order summary` AS SELECT `id`, `select` AS `from`, `we``ird` FROM `order`;
