
-- s0003 drop table posts
DROP TABLE `posts`;
