CREATE TABLE events (
  id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind varchar(40) NOT NULL,
  payload blob NOT NULL,
  raw_headers text NULL,
  size_bytes int unsigned AS (length(payload)) PERSISTENT,
  received_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
