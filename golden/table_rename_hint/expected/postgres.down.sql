
-- s0003 add primary key people.people_pkey
ALTER TABLE people DROP CONSTRAINT people_pkey;

-- s0002 rename table people
ALTER TABLE people RENAME TO users;

-- s0001 drop primary key users.users_pkey
ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
