CREATE TABLE users (id int NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE posts (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, user_id int NOT NULL, KEY posts_user_id_index (user_id), CONSTRAINT posts_user FOREIGN KEY (user_id) REFERENCES users (id)) ENGINE=InnoDB;
