
-- s0001 drop primary key t.t_pkey
ALTER TABLE t DROP CONSTRAINT t_pkey;

-- s0002 add primary key t.t_pkey
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (a, b);
