CREATE TABLE rooms (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(60) NOT NULL
) ENGINE=InnoDB;

CREATE TABLE room_rates (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  room_id int NOT NULL,
  valid_from date NOT NULL,
  valid_to date NOT NULL,
  rate decimal(8,2) NOT NULL,
  PERIOD FOR validity (valid_from, valid_to),
  UNIQUE KEY room_rates_no_overlap (room_id, validity WITHOUT OVERLAPS),
  KEY room_rates_room (room_id),
  CONSTRAINT room_rates_room FOREIGN KEY (room_id) REFERENCES rooms (id)
) ENGINE=InnoDB;
