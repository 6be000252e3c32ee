CREATE TABLE log (id int PRIMARY KEY, at timestamptz(3), t time(2) with time zone, d timestamp(0));
