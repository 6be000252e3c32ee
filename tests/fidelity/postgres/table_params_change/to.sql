CREATE TABLE log (id int PRIMARY KEY, body text)
    WITH (autovacuum_enabled = off, fillfactor = 70);
CREATE TABLE hot (id int PRIMARY KEY) WITH (fillfactor = 50, parallel_workers = 4);
