
-- s0004 add foreign key b.b_a_id_fkey
ALTER TABLE b DROP CONSTRAINT b_a_id_fkey;

-- s0003 add foreign key a.a_b_id_fkey
ALTER TABLE a DROP CONSTRAINT a_b_id_fkey;

-- s0002 create table b
DROP TABLE b;

-- s0001 create table a
DROP TABLE a;
