
-- s0001 create index users.users_named_idx
DROP INDEX users_named_idx;
