
-- s0001 drop foreign key posts.posts_ibfk_1
ALTER TABLE `posts` DROP FOREIGN KEY `posts_ibfk_1`;

-- s0002 drop index posts.user_id
SET @sqlx_ddl = CONCAT('ALTER TABLE `posts` DROP INDEX `user_id`', IF(EXISTS(SELECT 1 FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'posts' AND COLUMN_NAME = 'user_id' AND EXTRA LIKE '%auto_increment%') AND NOT EXISTS(SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'posts' AND COLUMN_NAME = 'user_id' AND SEQ_IN_INDEX = 1 AND INDEX_NAME <> 'user_id'), ', ADD INDEX `sqlx_auto_user_id` (`user_id`)', ''));
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;
