CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE users (id int PRIMARY KEY, e email NOT NULL, backup email);
