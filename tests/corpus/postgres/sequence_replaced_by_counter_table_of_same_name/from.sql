CREATE SEQUENCE invoice_no START 1000;
CREATE TABLE invoices (id serial PRIMARY KEY, no bigint NOT NULL DEFAULT nextval('invoice_no'));
