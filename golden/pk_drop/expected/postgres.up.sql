
-- s0001 drop primary key t.t_pkey
ALTER TABLE t DROP CONSTRAINT t_pkey;
