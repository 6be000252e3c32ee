CREATE TABLE events (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  doc json NOT NULL,
  kind varchar(64) AS (json_unquote(json_extract(doc, '$.type'))) VIRTUAL,
  user_id bigint AS (json_value(doc, '$.user_id')) VIRTUAL,
  source varchar(20) GENERATED ALWAYS AS (json_value(doc, '$.source')) STORED,
  UNIQUE KEY events_user_kind (user_id, kind),
  KEY events_source (source)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
