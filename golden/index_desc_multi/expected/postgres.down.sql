
-- s0001 create index users.users_email_id_idx
DROP INDEX users_email_id_idx;
