CREATE TABLE documents (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  title varchar(200) NOT NULL,
  body longtext COMPRESSED NOT NULL,
  raw_html mediumtext,
  attachment mediumblob COMPRESSED DEFAULT NULL,
  summary varchar(2000) COMPRESSED DEFAULT 'n/a',
  notes tinytext COMPRESSED CHARACTER SET latin1 COLLATE latin1_swedish_ci,
  created_at datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (id),
  KEY documents_title (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_payloads (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  document_id bigint unsigned NOT NULL,
  payload text COMPRESSED NOT NULL,
  headers varbinary(4000) COMPRESSED DEFAULT NULL,
  CONSTRAINT audit_payloads_document FOREIGN KEY (document_id) REFERENCES documents (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
