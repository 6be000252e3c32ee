CREATE TABLE authors (id int NOT NULL PRIMARY KEY, name varchar(50) NOT NULL) ENGINE=InnoDB;
CREATE TABLE books (
  id int NOT NULL PRIMARY KEY,
  author_id int NOT NULL,
  editor_id int DEFAULT NULL,
  year_published year DEFAULT NULL,
  CONSTRAINT books_ibfk_1 FOREIGN KEY (author_id) REFERENCES authors (id),
  CONSTRAINT books_editor FOREIGN KEY (editor_id) REFERENCES authors (id) ON DELETE SET NULL
) ENGINE=InnoDB;
