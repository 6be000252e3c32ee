
-- s0001 add primary key t.t_pkey
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
