
-- s0002 add foreign key posts.posts_ibfk_1
ALTER TABLE `posts` DROP FOREIGN KEY `posts_ibfk_1`;

-- s0001 drop foreign key posts.posts_ibfk_1
SET @sqlx_keys = (SELECT JSON_ARRAYAGG(INDEX_NAME) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'posts' AND SEQ_IN_INDEX = 1);
ALTER TABLE `posts` ADD CONSTRAINT `posts_ibfk_1` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`);
SET @sqlx_ddl = COALESCE(IF(JSON_CONTAINS(@sqlx_keys, JSON_QUOTE('posts_ibfk_1')), NULL, (SELECT CONCAT('ALTER TABLE `posts` RENAME INDEX `posts_ibfk_1` TO `', REPLACE(k.name, '`', '``'), '`') FROM JSON_TABLE(@sqlx_keys, '$[*]' COLUMNS (name varchar(64) PATH '$')) k WHERE k.name NOT IN (SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'posts') LIMIT 1)), 'DO 0');
PREPARE sqlx_stmt FROM @sqlx_ddl;
EXECUTE sqlx_stmt;
DEALLOCATE PREPARE sqlx_stmt;
