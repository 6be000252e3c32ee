CREATE TABLE countries (id serial PRIMARY KEY, iso char(2) NOT NULL);
CREATE UNIQUE INDEX countries_iso_key ON countries (iso);
CREATE TABLE cities (id serial PRIMARY KEY, country_iso char(2) NOT NULL REFERENCES countries (iso) ON UPDATE CASCADE, name text NOT NULL);
