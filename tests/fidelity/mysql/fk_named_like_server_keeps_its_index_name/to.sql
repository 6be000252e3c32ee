CREATE TABLE authors (id int NOT NULL PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE books (id int NOT NULL PRIMARY KEY, author_id int NOT NULL,
  CONSTRAINT fk_books_author FOREIGN KEY (author_id) REFERENCES authors (id)) ENGINE=InnoDB;
