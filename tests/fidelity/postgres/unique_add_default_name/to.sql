CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE, tenant int, login text, UNIQUE (tenant, login));
