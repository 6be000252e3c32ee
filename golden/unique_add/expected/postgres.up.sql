
-- s0001 add unique users.users_email_key
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
