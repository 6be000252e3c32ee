CREATE TYPE money_amount AS (value numeric(12,2), currency char(3));
CREATE TYPE "Geo Point" AS (lat double precision, lon double precision, "legacy, unused" text);
CREATE TABLE wallets (id serial PRIMARY KEY, balance money_amount);
CREATE TABLE stores (id serial PRIMARY KEY, name text NOT NULL, locations "Geo Point"[] NOT NULL DEFAULT '{}');
