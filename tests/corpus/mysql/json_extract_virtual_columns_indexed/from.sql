CREATE TABLE events (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  doc json NOT NULL,
  kind varchar(40) AS (json_unquote(json_extract(doc, '$.kind'))) VIRTUAL,
  user_id bigint AS (json_value(doc, '$.user_id')) STORED,
  KEY events_kind (kind),
  KEY events_user (user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
