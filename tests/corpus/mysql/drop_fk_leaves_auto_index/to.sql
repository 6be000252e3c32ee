CREATE TABLE authors (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(100) NOT NULL) ENGINE=InnoDB;
CREATE TABLE books (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, author_id int NOT NULL, editor_id int DEFAULT NULL, title varchar(200) NOT NULL,
  KEY idx_title (title)) ENGINE=InnoDB;
