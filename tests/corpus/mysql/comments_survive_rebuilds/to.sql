CREATE TABLE users (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, email varchar(320) NOT NULL COMMENT 'login') ENGINE=InnoDB COMMENT='people';
CREATE TABLE posts (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, user_id int DEFAULT NULL COMMENT 'author', score bigint NOT NULL DEFAULT 0 COMMENT 'karma',
  KEY posts_user_idx (user_id, score) COMMENT 'by author',
  CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL) ENGINE=InnoDB COMMENT='content';
