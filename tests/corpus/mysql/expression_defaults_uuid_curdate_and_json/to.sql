CREATE TABLE subscriptions (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  public_id char(36) NOT NULL DEFAULT (uuid()),
  starts_on date NOT NULL DEFAULT (curdate() + interval 1 day),
  ends_on date DEFAULT (curdate() + interval 1 month),
  created_year year NOT NULL DEFAULT 2024,
  created_at datetime(3) NOT NULL DEFAULT now(3),
  seats int NOT NULL DEFAULT 5,
  flags json DEFAULT (json_array()),
  code varchar(12) NOT NULL DEFAULT (concat('A-', floor(rand() * 100)))
) ENGINE=InnoDB;
