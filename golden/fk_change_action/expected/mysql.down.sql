
-- s0002 add foreign key posts.posts_ibfk_1
ALTER TABLE `posts` DROP FOREIGN KEY `posts_ibfk_1`;

-- s0001 drop foreign key posts.posts_ibfk_1
ALTER TABLE `posts` ADD CONSTRAINT `posts_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `posts` RENAME INDEX IF EXISTS `posts_ibfk_1` TO `user_id`;
