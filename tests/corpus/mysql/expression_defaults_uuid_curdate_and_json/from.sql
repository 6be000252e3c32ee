CREATE TABLE subscriptions (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id char(36) NOT NULL DEFAULT uuid(),
  starts_on date NOT NULL DEFAULT curdate(),
  ends_on date DEFAULT NULL,
  created_year year NOT NULL DEFAULT year(curdate()),
  created_at datetime(3) NOT NULL DEFAULT current_timestamp(3),
  seats int NOT NULL DEFAULT (1 + 1),
  flags json DEFAULT NULL,
  code varchar(12) NOT NULL DEFAULT 'A-1'
) ENGINE=InnoDB;
