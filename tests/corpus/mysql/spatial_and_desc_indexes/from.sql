CREATE TABLE shops (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(80) NOT NULL, loc point NOT NULL, rating decimal(3,2) DEFAULT NULL, SPATIAL KEY shops_loc (loc)) ENGINE=InnoDB;
