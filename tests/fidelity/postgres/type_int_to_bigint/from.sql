CREATE TABLE events (id integer PRIMARY KEY, n integer, total smallint DEFAULT 0);
