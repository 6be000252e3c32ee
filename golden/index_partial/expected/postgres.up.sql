
-- s0001 create index users.users_named_idx
CREATE INDEX users_named_idx ON users (email) WHERE (name IS NOT NULL);
