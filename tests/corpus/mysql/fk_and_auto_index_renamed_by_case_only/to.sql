CREATE TABLE authors (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(100) NOT NULL) ENGINE=InnoDB;
CREATE TABLE books (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  author_id int NOT NULL,
  editor_id int NULL,
  title varchar(200) NOT NULL,
  CONSTRAINT FK_Books_Author FOREIGN KEY (author_id) REFERENCES authors (id),
  CONSTRAINT FK_Books_Editor FOREIGN KEY (editor_id) REFERENCES authors (id) ON DELETE CASCADE
) ENGINE=InnoDB;
