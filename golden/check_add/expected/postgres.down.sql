
-- s0001 add check t.t_n_check
ALTER TABLE t DROP CONSTRAINT t_n_check;
