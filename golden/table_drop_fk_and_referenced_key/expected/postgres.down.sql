
-- s0003 drop table c
CREATE TABLE c (
    id integer NOT NULL,
    p_id integer NOT NULL,
    CONSTRAINT c_pkey PRIMARY KEY (id)
);

-- s0002 drop primary key p.p_pkey
ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (id);

-- s0001 drop foreign key c.c_p_id_fkey
ALTER TABLE c ADD CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES p (id);
