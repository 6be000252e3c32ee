CREATE TABLE `order` (
  `id` int NOT NULL AUTO_INCREMENT,
  `select` varchar(80) NOT NULL DEFAULT 'it''s \\ "quoted"',
  `key` bigint DEFAULT NULL COMMENT 'the ''key'' column\nsecond line – ünïcødé ✓',
  `we``ird` varchar(40) DEFAULT 'a`b',
  `Größe` int DEFAULT NULL COMMENT 'tab\there',
  `where` enum('a''b','c\\d','') NOT NULL DEFAULT 'a''b',
  PRIMARY KEY (`id`),
  KEY `idx``tick` (`we``ird`, `Größe`),
  KEY `index` (`key`, `select`) COMMENT 'it''s "the" index',
  UNIQUE KEY `ünique where` (`where`, `id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='orders:\nit''s a \\ "reserved" name 🚀';

CREATE TABLE `group` (
  `id` int NOT NULL PRIMARY KEY,
  `order_id` int NOT NULL,
  `desc` text,
  `limit` int NOT NULL DEFAULT 10 CHECK (`limit` between 0 and 100),
  CONSTRAINT `group->order` FOREIGN KEY (`order_id`) REFERENCES `order` (`id`) ON DELETE CASCADE,
  CONSTRAINT `check "desc"` CHECK (`desc` <> 'it''s')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `Group` (`ID` int NOT NULL PRIMARY KEY, `Name` varchar(10)) ENGINE=InnoDB;

CREATE VIEW `order summary` AS SELECT `id`, `select` AS `from`, `we``ird`, `where` AS `when` FROM `order` WHERE `select` <> 'it''s';
