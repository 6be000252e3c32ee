CREATE TABLE redirects (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  request_path varchar(255) COLLATE utf8mb4_bin NOT NULL,
  target_path varchar(512) COLLATE utf8mb4_bin NOT NULL,
  kind enum('permanent','temporary','gone') NOT NULL DEFAULT 'permanent',
  flags set('regex','case_insensitive','preserve_query') NOT NULL DEFAULT '',
  note text,
  UNIQUE KEY redirects_request_path (request_path),
  KEY redirects_kind_flags (kind, flags)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE redirect_hits (
  request_path varchar(255) COLLATE utf8mb4_bin NOT NULL,
  hit_on date NOT NULL,
  hits int unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (request_path, hit_on),
  CONSTRAINT redirect_hits_path_foreign FOREIGN KEY (request_path) REFERENCES redirects (request_path) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE VIEW permanent_redirects AS
  SELECT request_path, target_path FROM redirects WHERE kind IN ('permanent', 'gone') AND NOT FIND_IN_SET('regex', flags);
