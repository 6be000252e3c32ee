CREATE TABLE authors (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(100) NOT NULL) ENGINE=InnoDB;
CREATE TABLE books (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, author_id int NOT NULL, editor_id int DEFAULT NULL, title varchar(200) NOT NULL,
  FOREIGN KEY (author_id) REFERENCES authors (id),
  CONSTRAINT books_editor_fk FOREIGN KEY (editor_id) REFERENCES authors (id)) ENGINE=InnoDB;
