
-- s0005 drop table b
CREATE TABLE b (
    id integer NOT NULL,
    a_id integer,
    CONSTRAINT b_pkey PRIMARY KEY (id)
);

-- s0004 drop table a
CREATE TABLE a (
    id integer NOT NULL,
    b_id integer,
    CONSTRAINT a_pkey PRIMARY KEY (id)
);

-- s0003 create table keep
DROP TABLE keep;

-- s0002 drop foreign key b.b_a_id_fkey
ALTER TABLE b ADD CONSTRAINT b_a_id_fkey FOREIGN KEY (a_id) REFERENCES a (id);

-- s0001 drop foreign key a.a_b_id_fkey
ALTER TABLE a ADD CONSTRAINT a_b_id_fkey FOREIGN KEY (b_id) REFERENCES b (id);
