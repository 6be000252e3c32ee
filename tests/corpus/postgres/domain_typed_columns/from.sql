CREATE DOMAIN email AS text CHECK (VALUE ~ '@');
CREATE TABLE people (id serial PRIMARY KEY, contact email NOT NULL, backup email);
