
-- s0002 create table hot_counters
DROP TABLE hot_counters;

-- s0001 alter table params log
ALTER TABLE log RESET (fillfactor, autovacuum_enabled);
