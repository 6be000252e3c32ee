CREATE TABLE products (id int NOT NULL AUTO_INCREMENT, code varchar(20) NOT NULL, name varchar(50), PRIMARY KEY (code), UNIQUE KEY id (id)) ENGINE=InnoDB;
CREATE TABLE counters (id int NOT NULL, n int NOT NULL DEFAULT 0) ENGINE=InnoDB;
