
-- s0001 drop index users.users_email_idx
CREATE INDEX users_email_idx ON users (email);
