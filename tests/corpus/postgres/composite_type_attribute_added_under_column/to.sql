CREATE TYPE money_amount AS (value numeric(12,2), currency char(3), precision int);
CREATE TYPE "Geo Point" AS (lat double precision, lon double precision, label text COLLATE "C");
CREATE TABLE wallets (id serial PRIMARY KEY, balance money_amount, reserved money_amount);
CREATE TABLE stores (id serial PRIMARY KEY, name text NOT NULL, locations "Geo Point"[] NOT NULL DEFAULT '{}');
