CREATE TABLE log (id int PRIMARY KEY, body text) WITH (toast.autovacuum_enabled = false);
