
-- s0003 add foreign key posts.posts_user_id_fkey
ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey;

-- s0002 create index posts.posts_user_id_idx
DROP INDEX posts_user_id_idx;

-- s0001 create table posts
DROP TABLE posts;
