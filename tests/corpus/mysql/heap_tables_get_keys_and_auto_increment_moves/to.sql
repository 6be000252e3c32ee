CREATE TABLE import_rows (
  id bigint NOT NULL AUTO_INCREMENT,
  batch_id int NOT NULL,
  line_no int NOT NULL,
  payload varchar(255) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY import_rows_line (batch_id, line_no)
) ENGINE=InnoDB;
CREATE TABLE log_lines (
  seq bigint unsigned NOT NULL AUTO_INCREMENT,
  host varchar(64) NOT NULL,
  msg text,
  PRIMARY KEY (host, seq),
  KEY log_lines_seq (seq)
) ENGINE=InnoDB;
CREATE TABLE tag_links (
  tag_id int NOT NULL,
  item_id int NOT NULL,
  created_at timestamp NOT NULL DEFAULT current_timestamp(),
  KEY tag_links_item (item_id, tag_id)
) ENGINE=InnoDB;
