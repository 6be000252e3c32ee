CREATE TABLE tenants (id int PRIMARY KEY);
CREATE TABLE users (tenant_id int, id int, PRIMARY KEY (tenant_id, id));
CREATE TABLE posts (tenant_id int NOT NULL, id int, author_id int, PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET NULL (author_id));
