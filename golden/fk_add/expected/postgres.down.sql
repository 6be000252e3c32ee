
-- s0001 add foreign key posts.posts_user_id_fkey
ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey;
