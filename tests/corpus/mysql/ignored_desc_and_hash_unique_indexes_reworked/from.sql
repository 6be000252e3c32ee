CREATE TABLE events (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at datetime(6) NOT NULL,
  kind varchar(40) NOT NULL,
  payload_hash varchar(64) NOT NULL,
  url text NOT NULL,
  body blob,
  KEY events_recent (occurred_at DESC, kind),
  KEY events_kind (kind) IGNORED,
  UNIQUE KEY events_url (url),
  UNIQUE KEY events_hash (payload_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
