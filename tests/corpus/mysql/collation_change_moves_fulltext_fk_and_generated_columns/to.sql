CREATE TABLE countries (
  code char(2) NOT NULL PRIMARY KEY,
  name varchar(100) NOT NULL,
  iso3 char(3) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE articles (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  slug varchar(200) NOT NULL,
  title varchar(250) NOT NULL,
  subtitle varchar(250) NULL,
  body mediumtext NOT NULL,
  title_lc varchar(250) GENERATED ALWAYS AS (lower(title)) STORED,
  excerpt varchar(300) GENERATED ALWAYS AS (left(body, 300)) VIRTUAL,
  country_code char(2) NULL,
  published_at datetime NULL,
  UNIQUE KEY articles_slug_unique (slug),
  KEY articles_title_lc (title_lc),
  FULLTEXT KEY articles_fulltext (title, subtitle, body),
  CONSTRAINT articles_country_code_foreign FOREIGN KEY (country_code) REFERENCES countries (code) ON UPDATE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
