
-- s0001 drop foreign key posts.posts_user_id_fkey
ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey;

-- s0002 add foreign key posts.posts_user_id_fkey
ALTER TABLE posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;
