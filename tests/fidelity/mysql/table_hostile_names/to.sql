CREATE TABLE `order` (`select` INT PRIMARY KEY, `we``ird` VARCHAR(10) COMMENT 'it''s', `Mixed Case` INT, KEY `from` (`Mixed Case`));
