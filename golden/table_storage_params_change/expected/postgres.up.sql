
-- s0001 alter table params log
ALTER TABLE log RESET (toast_tuple_target), SET (autovacuum_enabled = 'off', fillfactor = '70');
