
-- s0001 set comment users.users_email_idx
COMMENT ON INDEX users_email_idx IS 'lookup';
