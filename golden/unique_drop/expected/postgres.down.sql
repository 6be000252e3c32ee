
-- s0001 drop unique users.users_email_key
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
