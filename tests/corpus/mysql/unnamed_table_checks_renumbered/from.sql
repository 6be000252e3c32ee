CREATE TABLE ranges (id int NOT NULL PRIMARY KEY, lo int NOT NULL, hi int NOT NULL, CHECK (lo >= 0)) ENGINE=InnoDB;
