
-- s0001 drop foreign key posts.posts_ibfk_1
ALTER TABLE `posts` DROP FOREIGN KEY `posts_ibfk_1`;

-- s0003 drop table posts
DROP TABLE `posts`;
