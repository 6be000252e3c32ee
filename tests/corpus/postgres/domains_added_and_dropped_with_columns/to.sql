CREATE DOMAIN positive_amount AS numeric(12,2) CHECK (VALUE > 0);
CREATE DOMAIN email_address AS text COLLATE "C" CONSTRAINT email_has_at CHECK (VALUE ~ '@') CONSTRAINT email_short CHECK (length(VALUE) < 255);
CREATE DOMAIN percent AS smallint DEFAULT 0 CHECK (VALUE BETWEEN 0 AND 100);
CREATE TABLE invoices (
    id serial PRIMARY KEY,
    amount positive_amount NOT NULL,
    customer_email email_address NOT NULL,
    discount percent
);
