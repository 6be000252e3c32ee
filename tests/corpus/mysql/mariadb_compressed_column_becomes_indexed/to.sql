CREATE TABLE articles (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug varchar(191) NOT NULL,
  body mediumtext COMPRESSED,
  summary varchar(500) COMPRESSED NOT NULL DEFAULT '',
  UNIQUE KEY articles_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
