CREATE TABLE room_rates (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  room_id int NOT NULL,
  valid_from date NOT NULL,
  valid_to date NOT NULL,
  rate decimal(10,2) NOT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  note varchar(200) DEFAULT NULL COMMENT 'why this rate',
  PERIOD FOR validity (valid_from, valid_to),
  UNIQUE KEY room_rates_no_overlap (room_id, validity WITHOUT OVERLAPS),
  KEY room_rates_currency (currency),
  CONSTRAINT room_rates_positive CHECK (rate > 0)
) ENGINE=InnoDB COMMENT='seasonal rates';
