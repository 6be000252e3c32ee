CREATE TABLE countries (
    code varchar(2) COLLATE "C" PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE cities (
    id serial PRIMARY KEY,
    country_code varchar(2) COLLATE "C" NOT NULL REFERENCES countries (code),
    name text COLLATE "und-x-icu" NOT NULL,
    slug text COLLATE "C" NOT NULL,
    CONSTRAINT cities_slug_check CHECK (slug = lower(slug))
);
CREATE UNIQUE INDEX cities_country_slug_key ON cities (country_code, slug);
CREATE INDEX cities_name_idx ON cities (name);
CREATE INDEX cities_name_c_idx ON cities (name COLLATE "C");
CREATE VIEW city_directory AS
    SELECT c.name AS city, k.name AS country, c.slug
    FROM cities c JOIN countries k ON k.code = c.country_code
    ORDER BY c.name;
