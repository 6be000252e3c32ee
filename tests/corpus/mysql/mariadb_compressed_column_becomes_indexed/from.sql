CREATE TABLE articles (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug varchar(191) COMPRESSED NOT NULL,
  body mediumtext COMPRESSED,
  summary varchar(500) NOT NULL DEFAULT '',
  KEY articles_summary (summary(50))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
