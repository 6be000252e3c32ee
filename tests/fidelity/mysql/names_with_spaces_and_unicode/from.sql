CREATE TABLE `my table` (`first name` VARCHAR(10));
