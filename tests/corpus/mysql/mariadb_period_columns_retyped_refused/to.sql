CREATE TABLE bookings (
  id int NOT NULL PRIMARY KEY,
  starts_on datetime NOT NULL,
  ends_on datetime NOT NULL,
  PERIOD FOR stay (starts_on, ends_on)
) ENGINE=InnoDB;
