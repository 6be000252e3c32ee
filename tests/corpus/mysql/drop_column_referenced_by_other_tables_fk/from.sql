CREATE TABLE users (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, legacy_id int DEFAULT NULL, UNIQUE KEY legacy_id (legacy_id)) ENGINE=InnoDB;
CREATE TABLE imports (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, legacy_user int DEFAULT NULL, CONSTRAINT imports_legacy FOREIGN KEY (legacy_user) REFERENCES users (legacy_id)) ENGINE=InnoDB;
