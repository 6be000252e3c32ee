CREATE TABLE log (id int PRIMARY KEY) WITH (fillfactor = 90, vacuum_truncate = false);
