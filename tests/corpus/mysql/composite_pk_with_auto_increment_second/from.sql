CREATE TABLE tenants (id int NOT NULL AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE tickets (id bigint NOT NULL AUTO_INCREMENT, tenant_id int NOT NULL, subject varchar(200) NOT NULL,
  PRIMARY KEY (id), KEY tickets_tenant (tenant_id),
  CONSTRAINT tickets_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenants (id)) ENGINE=InnoDB;
