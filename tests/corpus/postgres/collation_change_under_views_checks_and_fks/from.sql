CREATE TABLE countries (
    code varchar(2) PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE cities (
    id serial PRIMARY KEY,
    country_code varchar(2) NOT NULL REFERENCES countries (code),
    name text NOT NULL,
    slug text NOT NULL,
    CONSTRAINT cities_slug_check CHECK (slug = lower(slug))
);
CREATE UNIQUE INDEX cities_country_slug_key ON cities (country_code, slug);
CREATE INDEX cities_name_idx ON cities (name);
CREATE VIEW city_directory AS
    SELECT c.name AS city, k.name AS country, c.slug
    FROM cities c JOIN countries k ON k.code = c.country_code
    ORDER BY c.name;
