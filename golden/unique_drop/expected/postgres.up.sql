
-- s0001 drop unique users.users_email_key
ALTER TABLE users DROP CONSTRAINT users_email_key;
