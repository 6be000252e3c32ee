CREATE TABLE forum_threads (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(200) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE forum_posts (
  thread_id int unsigned NOT NULL,
  post_no int unsigned NOT NULL AUTO_INCREMENT,
  author varchar(60) NOT NULL,
  body text NOT NULL,
  posted_at datetime NOT NULL,
  PRIMARY KEY (thread_id, post_no),
  KEY forum_posts_post_no (post_no),
  FULLTEXT KEY forum_posts_body (body),
  CONSTRAINT forum_posts_thread_id_foreign FOREIGN KEY (thread_id) REFERENCES forum_threads (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
