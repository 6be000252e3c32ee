CREATE TABLE projects (
  tenant_id int unsigned NOT NULL DEFAULT 1,
  id int unsigned NOT NULL AUTO_INCREMENT,
  name varchar(120) NOT NULL,
  code varchar(12) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY projects_id_index (id),
  UNIQUE KEY projects_tenant_code_unique (tenant_id, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE issues (
  tenant_id int unsigned NOT NULL DEFAULT 1,
  id int unsigned NOT NULL AUTO_INCREMENT,
  project_id int unsigned NOT NULL,
  number int unsigned NOT NULL,
  title varchar(200) NOT NULL,
  state enum('open','triaged','closed') NOT NULL DEFAULT 'open',
  PRIMARY KEY (tenant_id, id),
  KEY issues_id_index (id),
  UNIQUE KEY issues_project_number_unique (tenant_id, project_id, number),
  CONSTRAINT issues_project_foreign FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE comments (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tenant_id int unsigned NOT NULL DEFAULT 1,
  issue_id int unsigned NOT NULL,
  body text NOT NULL,
  KEY comments_tenant_issue_index (tenant_id, issue_id),
  CONSTRAINT comments_issue_foreign FOREIGN KEY (tenant_id, issue_id) REFERENCES issues (tenant_id, id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
