
-- s0002 add check t.t_n_check
ALTER TABLE t DROP CONSTRAINT t_n_check;

-- s0001 drop check t.t_n_check
ALTER TABLE t ADD CONSTRAINT t_n_check CHECK ((n > 0));
