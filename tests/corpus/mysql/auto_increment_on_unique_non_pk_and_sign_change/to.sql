CREATE TABLE docs (uuid char(36) NOT NULL PRIMARY KEY, seq bigint unsigned NOT NULL AUTO_INCREMENT, title varchar(50) NOT NULL, UNIQUE KEY docs_seq (seq)) ENGINE=InnoDB;
CREATE TABLE items (id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, doc_seq bigint unsigned NOT NULL, KEY items_doc (doc_seq), CONSTRAINT items_doc_fk FOREIGN KEY (doc_seq) REFERENCES docs (seq)) ENGINE=InnoDB;
