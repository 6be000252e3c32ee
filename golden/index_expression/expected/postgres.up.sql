
-- s0001 create index users.users_lower_email_idx
CREATE INDEX users_lower_email_idx ON users ((lower(email::text)));
