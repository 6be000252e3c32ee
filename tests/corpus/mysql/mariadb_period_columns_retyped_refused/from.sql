CREATE TABLE bookings (
  id int NOT NULL PRIMARY KEY,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  PERIOD FOR stay (starts_on, ends_on)
) ENGINE=InnoDB;
