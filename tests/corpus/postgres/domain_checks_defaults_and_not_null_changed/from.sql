CREATE DOMAIN email_address AS text COLLATE "C" CONSTRAINT email_has_at CHECK (VALUE ~ '@');
CREATE DOMAIN percent AS smallint DEFAULT 0 CHECK (VALUE BETWEEN 0 AND 100);
CREATE DOMAIN sku_code AS varchar(16) NOT NULL;
CREATE DOMAIN "Money Amount" AS numeric(12,2) CONSTRAINT "non negative" CHECK (VALUE >= 0);

CREATE TABLE customers (
    id serial PRIMARY KEY,
    email email_address NOT NULL,
    backup_email email_address,
    loyalty_discount percent
);
CREATE TABLE products (
    id serial PRIMARY KEY,
    sku sku_code,
    price "Money Amount" NOT NULL,
    discount percent NOT NULL DEFAULT 5
);
