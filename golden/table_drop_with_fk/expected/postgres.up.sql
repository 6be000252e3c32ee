
-- s0001 drop foreign key posts.posts_user_id_fkey
ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey;

-- s0002 drop table posts
DROP TABLE posts;
