CREATE TABLE log (id int PRIMARY KEY) WITH (fillfactor = 80, autovacuum_enabled = false);
