CREATE DOMAIN email_address AS text COLLATE "C"
    CONSTRAINT email_has_at CHECK (VALUE ~ '^[^@]+@[^@]+$')
    CONSTRAINT email_short CHECK (length(VALUE) < 255);
CREATE DOMAIN percent AS smallint DEFAULT 10 NOT NULL CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN sku_code AS varchar(16) DEFAULT 'UNSET';
CREATE DOMAIN "Money Amount" AS numeric(12,2);
CREATE DOMAIN country_code AS char(2) CHECK (VALUE ~ '^[A-Z]{2}$');
ALTER DOMAIN "Money Amount" ADD CONSTRAINT "below a million" CHECK (VALUE < 1000000) NOT VALID;

CREATE TABLE customers (
    id serial PRIMARY KEY,
    email email_address NOT NULL,
    backup_email email_address,
    loyalty_discount percent,
    country country_code
);
CREATE TABLE products (
    id serial PRIMARY KEY,
    sku sku_code,
    price "Money Amount" NOT NULL,
    discount percent NOT NULL DEFAULT 5
);
