CREATE TABLE orgs (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(100) NOT NULL,
  ip int unsigned NULL
) ENGINE=InnoDB;
CREATE TABLE projects (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  org_id bigint NOT NULL,
  code int NOT NULL,
  UNIQUE KEY projects_org_code (org_id, code),
  CONSTRAINT projects_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id)
) ENGINE=InnoDB;
