
-- s0001 create index users.users_email_idx
CREATE INDEX users_email_idx ON users (email);
