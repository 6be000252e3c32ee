
-- s0001 drop foreign key c.c_p_id_fkey
ALTER TABLE c DROP CONSTRAINT c_p_id_fkey;

-- s0002 drop primary key p.p_pkey
ALTER TABLE p DROP CONSTRAINT p_pkey;

-- s0003 drop table c
DROP TABLE c;
