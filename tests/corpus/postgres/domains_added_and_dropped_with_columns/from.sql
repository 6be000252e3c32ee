CREATE DOMAIN positive_amount AS numeric(12,2) CHECK (VALUE > 0);
CREATE DOMAIN legacy_code AS varchar(8) NOT NULL DEFAULT 'NONE';
CREATE TABLE invoices (
    id serial PRIMARY KEY,
    amount positive_amount NOT NULL,
    code legacy_code,
    customer_email text NOT NULL
);
