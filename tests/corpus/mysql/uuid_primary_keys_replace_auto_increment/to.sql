CREATE TABLE orgs (
  id uuid NOT NULL DEFAULT uuid() PRIMARY KEY,
  name varchar(100) NOT NULL,
  ip inet6 NULL
) ENGINE=InnoDB;
CREATE TABLE projects (
  id uuid NOT NULL DEFAULT uuid() PRIMARY KEY,
  org_id uuid NOT NULL,
  code varchar(12) NOT NULL,
  UNIQUE KEY projects_org_code (org_id, code),
  CONSTRAINT projects_org_fk FOREIGN KEY (org_id) REFERENCES orgs (id)
) ENGINE=InnoDB;
