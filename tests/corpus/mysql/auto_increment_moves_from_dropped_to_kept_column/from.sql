CREATE TABLE legacy (id int NOT NULL AUTO_INCREMENT, code int NOT NULL, name varchar(40) DEFAULT NULL, PRIMARY KEY (id), UNIQUE KEY code (code)) ENGINE=InnoDB;
