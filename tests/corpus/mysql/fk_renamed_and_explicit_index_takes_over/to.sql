CREATE TABLE authors (id int NOT NULL PRIMARY KEY, name varchar(50) NOT NULL) ENGINE=InnoDB;
CREATE TABLE books (
  id int NOT NULL PRIMARY KEY,
  author_id int NOT NULL,
  editor_id int DEFAULT NULL,
  year_published year DEFAULT NULL,
  KEY books_author_year (author_id, year_published),
  KEY books_editor_idx (editor_id),
  CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id) ON UPDATE CASCADE,
  CONSTRAINT fk_books_editor FOREIGN KEY (editor_id) REFERENCES authors (id) ON DELETE SET NULL
) ENGINE=InnoDB;
