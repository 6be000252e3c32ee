CREATE TABLE docs (
  id int NOT NULL PRIMARY KEY,
  code varchar(50) NOT NULL,
  body text NOT NULL,
  title varchar(300) NOT NULL,
  KEY docs_code (code(10)),
  KEY docs_body (body(100)),
  UNIQUE KEY docs_title (title(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
