CREATE TABLE urls (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  url text NOT NULL,
  note varchar(2000) DEFAULT NULL,
  KEY urls_note (note(50))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
