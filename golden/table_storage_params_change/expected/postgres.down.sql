
-- s0001 alter table params log
ALTER TABLE log SET (fillfactor = '80', autovacuum_enabled = 'false', toast_tuple_target = '256');
