
-- s0001 drop index users.users_email_idx
DROP INDEX users_email_idx;
