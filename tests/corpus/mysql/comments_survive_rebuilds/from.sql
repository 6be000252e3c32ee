CREATE TABLE users (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, email varchar(200) NOT NULL COMMENT 'login') ENGINE=InnoDB COMMENT='people';
CREATE TABLE posts (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, user_id int DEFAULT NULL COMMENT 'author', score int NOT NULL DEFAULT 0 COMMENT 'karma',
  KEY posts_user_idx (user_id) COMMENT 'by author',
  CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id)) ENGINE=InnoDB COMMENT='content';
