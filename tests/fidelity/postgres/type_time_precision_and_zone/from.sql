CREATE TABLE log (id int PRIMARY KEY, at timestamp, t time, d date);
