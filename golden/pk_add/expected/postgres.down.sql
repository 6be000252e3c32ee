
-- s0001 add primary key t.t_pkey
ALTER TABLE t DROP CONSTRAINT t_pkey;
