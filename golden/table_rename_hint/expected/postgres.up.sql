
-- s0001 drop primary key users.users_pkey
ALTER TABLE users DROP CONSTRAINT users_pkey;

-- s0002 rename table people
ALTER TABLE users RENAME TO people;

-- s0003 add primary key people.people_pkey
ALTER TABLE people ADD CONSTRAINT people_pkey PRIMARY KEY (id);
