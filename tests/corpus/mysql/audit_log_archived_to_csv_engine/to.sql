CREATE TABLE audit_export (
  id bigint unsigned NOT NULL,
  actor varchar(100) NOT NULL DEFAULT '',
  action varchar(50) NOT NULL,
  payload text NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=CSV DEFAULT CHARSET=utf8mb4 COMMENT='nightly export, read by the BI job';
CREATE TABLE audit_live (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  action varchar(50) NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
