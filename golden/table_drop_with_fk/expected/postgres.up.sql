
-- s0002 drop table posts
DROP TABLE posts;
