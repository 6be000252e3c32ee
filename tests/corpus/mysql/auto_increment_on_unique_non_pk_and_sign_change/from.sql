CREATE TABLE docs (uuid char(36) NOT NULL PRIMARY KEY, seq int NOT NULL AUTO_INCREMENT, title varchar(50) NOT NULL, UNIQUE KEY docs_seq (seq)) ENGINE=InnoDB;
CREATE TABLE items (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, doc_seq int NOT NULL, KEY items_doc (doc_seq)) ENGINE=InnoDB;
