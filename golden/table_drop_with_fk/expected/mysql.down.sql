
-- s0003 drop table posts
CREATE TABLE `posts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  PRIMARY KEY (`id`)
);

-- s0002 drop index posts.user_id
ALTER TABLE `posts` ADD INDEX IF NOT EXISTS `user_id` (`user_id`), DROP INDEX IF EXISTS `sqlx_auto_user_id`;

-- s0001 drop foreign key posts.posts_ibfk_1
ALTER TABLE `posts` ADD CONSTRAINT `posts_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
ALTER TABLE `posts` RENAME INDEX IF EXISTS `posts_ibfk_1` TO `user_id`;
