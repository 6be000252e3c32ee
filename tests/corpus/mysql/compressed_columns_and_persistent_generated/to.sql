CREATE TABLE events (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind varchar(40) NOT NULL,
  payload blob COMPRESSED NOT NULL,
  raw_headers text COMPRESSED NULL,
  trace varchar(4000) COMPRESSED NULL,
  size_bytes int unsigned AS (length(payload)) PERSISTENT,
  received_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY events_kind_received (kind, received_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
