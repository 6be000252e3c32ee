CREATE TABLE log (id int PRIMARY KEY, body text)
    WITH (fillfactor = 80, autovacuum_enabled = false, toast_tuple_target = 256);
CREATE TABLE hot (id int PRIMARY KEY) WITH (fillfactor = 50, parallel_workers = 2);
