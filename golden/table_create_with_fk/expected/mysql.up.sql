
-- s0001 create table posts
CREATE TABLE `posts` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL,
  `title` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL,
  PRIMARY KEY (`id`)
);

-- s0002 create index posts.user_id
ALTER TABLE `posts` ADD INDEX IF NOT EXISTS `user_id` (`user_id`), DROP INDEX IF EXISTS `sqlx_auto_user_id`;

-- s0003 add foreign key posts.posts_ibfk_1
ALTER TABLE `posts` ADD CONSTRAINT `posts_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
ALTER TABLE `posts` RENAME INDEX IF EXISTS `posts_ibfk_1` TO `user_id`;
