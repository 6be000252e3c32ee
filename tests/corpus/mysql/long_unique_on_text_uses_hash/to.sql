CREATE TABLE urls (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  url text NOT NULL,
  note varchar(2000) DEFAULT NULL,
  UNIQUE KEY urls_url (url),
  UNIQUE KEY urls_note (note)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
