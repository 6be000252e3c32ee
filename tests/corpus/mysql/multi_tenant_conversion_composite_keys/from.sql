CREATE TABLE projects (
  id int unsigned NOT NULL AUTO_INCREMENT,
  name varchar(120) NOT NULL,
  code varchar(12) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY projects_code_unique (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE issues (
  id int unsigned NOT NULL AUTO_INCREMENT,
  project_id int unsigned NOT NULL,
  number int unsigned NOT NULL,
  title varchar(200) NOT NULL,
  state enum('open','closed') NOT NULL DEFAULT 'open',
  PRIMARY KEY (id),
  UNIQUE KEY issues_project_number_unique (project_id, number),
  CONSTRAINT issues_project_id_foreign FOREIGN KEY (project_id) REFERENCES projects (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE comments (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  issue_id int unsigned NOT NULL,
  body text NOT NULL,
  KEY comments_issue_id_index (issue_id),
  CONSTRAINT comments_issue_id_foreign FOREIGN KEY (issue_id) REFERENCES issues (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
