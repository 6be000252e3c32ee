
-- s0001 add check t.t_n_check
ALTER TABLE t ADD CONSTRAINT t_n_check CHECK ((n > 0));
