CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE cars (id int PRIMARY KEY, c color);
