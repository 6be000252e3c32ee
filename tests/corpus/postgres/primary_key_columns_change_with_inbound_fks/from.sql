CREATE TABLE accounts (tenant_id int NOT NULL, id int NOT NULL, name text, PRIMARY KEY (id));
CREATE TABLE contacts (id serial PRIMARY KEY, account_id int REFERENCES accounts (id) ON DELETE CASCADE, email text);
CREATE TABLE deals (id serial PRIMARY KEY, account_id int NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT, value numeric(12,2));
