CREATE TABLE members (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  org_id bigint unsigned NOT NULL,
  email varchar(255) NOT NULL,
  handle varchar(100) NOT NULL,
  bio text NULL,
  headline varchar(255) NULL,
  city varchar(120) NULL,
  KEY members_org_id_index (org_id),
  UNIQUE KEY members_email_unique (email),
  UNIQUE KEY members_org_handle_unique (org_id, handle),
  KEY idx_handle (handle(32)),
  FULLTEXT KEY members_profile_fulltext (headline, bio),
  KEY idx_city (city(40)) COMMENT 'prefix is enough'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orgs (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(120) NOT NULL,
  UNIQUE KEY orgs_name_unique (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE members ADD CONSTRAINT members_org_id_foreign FOREIGN KEY (org_id) REFERENCES orgs (id);
