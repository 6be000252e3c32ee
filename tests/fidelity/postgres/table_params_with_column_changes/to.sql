CREATE TABLE log (id int PRIMARY KEY, body text, at timestamptz) WITH (fillfactor = 80, autovacuum_enabled = true);
