CREATE TABLE sessions (
  id char(36) NOT NULL PRIMARY KEY,
  user_id int NOT NULL,
  ip varchar(45) DEFAULT NULL,
  ip4 inet4 DEFAULT NULL,
  KEY sessions_ip (ip)
) ENGINE=InnoDB;
