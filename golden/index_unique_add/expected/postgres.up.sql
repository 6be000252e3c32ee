
-- s0001 create index users.users_email_key
CREATE UNIQUE INDEX users_email_key ON users (email);
