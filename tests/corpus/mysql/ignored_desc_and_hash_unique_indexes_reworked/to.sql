CREATE TABLE events (
  id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at datetime(6) NOT NULL,
  kind varchar(40) NOT NULL,
  payload_hash varchar(64) NOT NULL,
  url text NOT NULL,
  body blob,
  KEY events_recent (occurred_at, kind DESC) IGNORED,
  KEY events_kind (kind),
  UNIQUE KEY events_url (url(255)),
  UNIQUE KEY events_hash (payload_hash, url) COMMENT 'long unique: hash',
  UNIQUE KEY events_body (body),
  KEY events_id_desc (id DESC) IGNORED
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
