
-- s0002 create index users.users_email_idx
DROP INDEX users_email_idx;

-- s0001 drop index users.users_email_idx
CREATE INDEX users_email_idx ON users (email);
