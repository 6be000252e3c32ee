
-- s0001 add column users.bio
ALTER TABLE users DROP COLUMN bio;
