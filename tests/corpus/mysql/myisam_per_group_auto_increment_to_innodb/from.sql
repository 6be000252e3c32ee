CREATE TABLE forum_posts (
  thread_id int unsigned NOT NULL,
  post_no int unsigned NOT NULL AUTO_INCREMENT,
  author varchar(60) NOT NULL,
  body text NOT NULL,
  posted_at datetime NOT NULL,
  PRIMARY KEY (thread_id, post_no),
  FULLTEXT KEY forum_posts_body (body)
) ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;
