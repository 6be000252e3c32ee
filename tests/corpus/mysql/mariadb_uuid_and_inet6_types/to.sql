CREATE TABLE sessions (
  id uuid NOT NULL DEFAULT uuid() PRIMARY KEY,
  user_id int NOT NULL,
  ip inet6 DEFAULT NULL,
  ip4 inet4 DEFAULT '127.0.0.1',
  KEY sessions_ip (ip)
) ENGINE=InnoDB;
