CREATE TABLE import_rows (
  batch_id int NOT NULL,
  line_no int NOT NULL,
  payload varchar(255) DEFAULT NULL,
  UNIQUE KEY import_rows_line (batch_id, line_no)
) ENGINE=InnoDB;
CREATE TABLE log_lines (
  seq bigint unsigned NOT NULL AUTO_INCREMENT,
  host varchar(64) NOT NULL,
  msg text,
  KEY log_lines_seq (seq)
) ENGINE=InnoDB;
CREATE TABLE tag_links (
  tag_id int NOT NULL,
  item_id int NOT NULL,
  created_at timestamp NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (tag_id, item_id)
) ENGINE=InnoDB;
INSERT INTO import_rows VALUES (1, 1, 'a'), (1, 2, 'b');
INSERT INTO log_lines (host, msg) VALUES ('h1', 'x'), ('h2', 'y');
