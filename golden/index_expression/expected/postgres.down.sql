
-- s0001 create index users.users_lower_email_idx
DROP INDEX users_lower_email_idx;
