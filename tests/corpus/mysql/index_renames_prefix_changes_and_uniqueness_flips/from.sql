CREATE TABLE members (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  org_id bigint unsigned NOT NULL,
  email varchar(255) NOT NULL,
  handle varchar(100) NOT NULL,
  bio text NULL,
  headline varchar(255) NULL,
  city varchar(120) NULL,
  KEY idx_org (org_id),
  UNIQUE KEY uniq_email (email(191)),
  KEY idx_handle (handle(20)),
  FULLTEXT KEY ft_profile (headline, bio),
  KEY idx_city (city)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orgs (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(120) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE members ADD CONSTRAINT members_org_id_foreign FOREIGN KEY (org_id) REFERENCES orgs (id);
