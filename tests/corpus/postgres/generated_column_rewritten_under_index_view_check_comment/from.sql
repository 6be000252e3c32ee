CREATE TABLE people (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    first_name text NOT NULL,
    last_name text NOT NULL,
    full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED,
    birth_year smallint,
    age_band text GENERATED ALWAYS AS (CASE WHEN birth_year IS NULL THEN 'unknown' ELSE 'known' END) STORED,
    CONSTRAINT people_full_name_check CHECK (length(full_name) < 300)
);
COMMENT ON COLUMN people.full_name IS 'display name';
CREATE INDEX people_full_name_idx ON people (lower(full_name));
CREATE UNIQUE INDEX people_name_year_key ON people (full_name, birth_year);
CREATE VIEW people_directory AS SELECT id, full_name, age_band FROM people ORDER BY full_name;
