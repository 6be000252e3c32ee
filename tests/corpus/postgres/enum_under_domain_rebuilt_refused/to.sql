CREATE TYPE color AS ENUM ('red', 'green', 'blue');
CREATE DOMAIN primary_color AS color;
CREATE TABLE paints (id int PRIMARY KEY, c primary_color, raw color, name text);
