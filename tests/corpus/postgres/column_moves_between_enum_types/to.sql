CREATE TYPE shade AS ENUM ('light', 'dark');
CREATE TABLE paints (id serial PRIMARY KEY, tone shade NOT NULL DEFAULT 'dark');
CREATE VIEW reds AS SELECT id FROM paints WHERE tone = 'dark';
