CREATE TABLE tenants (id int PRIMARY KEY);
CREATE TABLE docs (tenant_id int NOT NULL REFERENCES tenants, id int NOT NULL, parent_id int, PRIMARY KEY (tenant_id, id));
