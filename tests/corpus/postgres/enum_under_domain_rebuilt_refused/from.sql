CREATE TYPE color AS ENUM ('red', 'green', 'blue', 'mauve');
CREATE DOMAIN primary_color AS color CHECK (VALUE <> 'mauve');
CREATE TABLE paints (id int PRIMARY KEY, c primary_color, raw color);
