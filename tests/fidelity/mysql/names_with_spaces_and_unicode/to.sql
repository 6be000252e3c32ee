CREATE TABLE `my table` (`first name` VARCHAR(20), `naïve col` INT, KEY `idx with space` (`first name`));
