CREATE TABLE ranges (id int NOT NULL PRIMARY KEY, lo int NOT NULL, hi int NOT NULL, CHECK (hi >= lo), CHECK (lo >= 0)) ENGINE=InnoDB;
