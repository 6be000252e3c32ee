CREATE TABLE page_views (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  viewed_on date NOT NULL,
  path varchar(500) NOT NULL,
  referrer varchar(255) DEFAULT NULL,
  PRIMARY KEY (id, viewed_on),
  KEY page_views_path (path(100))
) ENGINE=InnoDB
PARTITION BY RANGE (YEAR(viewed_on)) (
  PARTITION p2023 VALUES LESS THAN (2024),
  PARTITION p2024 VALUES LESS THAN (2025),
  PARTITION p2025 VALUES LESS THAN (2026) COMMENT 'this year',
  PARTITION pmax VALUES LESS THAN MAXVALUE
);
CREATE TABLE sessions (
  id int NOT NULL,
  token char(32) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE TABLE archive (id int NOT NULL PRIMARY KEY, body mediumtext, archived_at datetime DEFAULT NULL) ENGINE=InnoDB PARTITION BY HASH (id) PARTITIONS 2;
CREATE TABLE events_by_kind (
  id int NOT NULL,
  kind varchar(10) NOT NULL,
  PRIMARY KEY (id, kind)
) ENGINE=InnoDB PARTITION BY LIST COLUMNS (kind) (
  PARTITION p_web VALUES IN ('web', 'mobile'),
  PARTITION p_api VALUES IN ('api')
);
