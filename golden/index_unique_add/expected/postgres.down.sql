
-- s0001 create index users.users_email_key
DROP INDEX users_email_key;
