CREATE TABLE profiles (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, bio text, avatar varchar(200) DEFAULT NULL, website varchar(200) DEFAULT NULL) ENGINE=InnoDB;
