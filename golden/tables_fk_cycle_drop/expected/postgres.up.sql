
-- s0001 drop foreign key a.a_b_id_fkey
ALTER TABLE a DROP CONSTRAINT a_b_id_fkey;

-- s0002 drop foreign key b.b_a_id_fkey
ALTER TABLE b DROP CONSTRAINT b_a_id_fkey;

-- s0003 create table keep
CREATE TABLE keep (
    id integer NOT NULL,
    CONSTRAINT keep_pkey PRIMARY KEY (id)
);

-- s0004 drop table a
DROP TABLE a;

-- s0005 drop table b
DROP TABLE b;
