CREATE TABLE invoice_no (year int PRIMARY KEY, last bigint NOT NULL DEFAULT 0);
CREATE TABLE invoices (id serial PRIMARY KEY, no bigint NOT NULL);
