CREATE TABLE authors (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(100) NOT NULL) ENGINE=InnoDB;
CREATE TABLE books (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  author_id int NOT NULL,
  editor_id int NULL,
  title varchar(200) NOT NULL,
  CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id),
  CONSTRAINT fk_books_editor FOREIGN KEY (editor_id) REFERENCES authors (id) ON DELETE SET NULL
) ENGINE=InnoDB;
