
-- s0001 add column users.bio
ALTER TABLE users ADD COLUMN bio text;
