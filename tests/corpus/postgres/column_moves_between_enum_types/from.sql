CREATE TYPE color AS ENUM ('red', 'green');
CREATE TYPE shade AS ENUM ('light', 'dark');
CREATE TABLE paints (id serial PRIMARY KEY, tone color NOT NULL DEFAULT 'red');
CREATE VIEW reds AS SELECT id FROM paints WHERE tone = 'red';
