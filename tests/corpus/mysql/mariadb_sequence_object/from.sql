CREATE TABLE orders (id int NOT NULL PRIMARY KEY, note text) ENGINE=InnoDB;
