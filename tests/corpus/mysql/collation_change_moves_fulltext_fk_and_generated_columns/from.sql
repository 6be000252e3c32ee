CREATE TABLE countries (
  code char(2) NOT NULL PRIMARY KEY,
  name varchar(100) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;

CREATE TABLE articles (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  title varchar(200) NOT NULL,
  slug varchar(200) NOT NULL,
  body mediumtext NOT NULL,
  country_code char(2) NULL,
  excerpt varchar(300) GENERATED ALWAYS AS (left(body, 300)) VIRTUAL,
  title_lc varchar(200) GENERATED ALWAYS AS (lower(title)) STORED,
  published_at datetime NULL,
  UNIQUE KEY articles_slug_unique (slug),
  KEY articles_title_lc (title_lc),
  FULLTEXT KEY articles_fulltext (title, body),
  CONSTRAINT articles_country_code_foreign FOREIGN KEY (country_code) REFERENCES countries (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
