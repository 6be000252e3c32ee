CREATE TABLE tariffs (
  id int NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  amount decimal(8,2) NOT NULL,
  PERIOD FOR effective (starts_on, ends_on),
  UNIQUE KEY tariffs_no_overlap (id, effective WITHOUT OVERLAPS)
) ENGINE=InnoDB;
CREATE TABLE bookings (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  check_in date NOT NULL,
  check_out date NOT NULL,
  guests tinyint unsigned NOT NULL DEFAULT 1,
  CONSTRAINT stay_order CHECK (`check_in` <= `check_out`),
  CONSTRAINT stay_strict CHECK (`check_in` < `check_out`)
) ENGINE=InnoDB;
