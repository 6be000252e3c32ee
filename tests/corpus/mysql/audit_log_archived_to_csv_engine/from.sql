CREATE TABLE audit_export (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  actor varchar(100) NULL,
  action varchar(50) NOT NULL,
  payload text NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY audit_export_created_at (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE audit_live (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  action varchar(50) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
