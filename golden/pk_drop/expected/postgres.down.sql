
-- s0001 drop primary key t.t_pkey
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
