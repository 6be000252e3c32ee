CREATE TABLE tenants (id int PRIMARY KEY);
CREATE TABLE docs (tenant_id int NOT NULL REFERENCES tenants, id int NOT NULL, parent_id int, PRIMARY KEY (tenant_id, id), FOREIGN KEY (tenant_id, parent_id) REFERENCES docs ON DELETE SET NULL (parent_id));
