CREATE TABLE docs (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, body json NOT NULL,
  kind varchar(40) AS (json_unquote(json_extract(body, '$.type'))) STORED,
  KEY docs_kind (kind)) ENGINE=InnoDB;
