CREATE TABLE events (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, kind varchar(20) NOT NULL, venue varchar(50) DEFAULT NULL, starts_at datetime NOT NULL, ends_at datetime NOT NULL,
  KEY events_kind_venue (kind, venue),
  CONSTRAINT events_span CHECK (ends_at >= starts_at)) ENGINE=InnoDB;
