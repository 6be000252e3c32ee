CREATE TABLE docs (
  id int NOT NULL PRIMARY KEY,
  code int NOT NULL,
  body varchar(200) NOT NULL,
  title varchar(150) NOT NULL,
  KEY docs_code (code),
  KEY docs_body (body),
  UNIQUE KEY docs_title (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
