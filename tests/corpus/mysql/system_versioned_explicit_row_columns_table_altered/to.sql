CREATE TABLE accounts (
  id int NOT NULL PRIMARY KEY,
  balance decimal(14,2) NOT NULL DEFAULT 0,
  owner varchar(80) DEFAULT NULL,
  valid_from timestamp(6) GENERATED ALWAYS AS ROW START INVISIBLE,
  valid_to timestamp(6) GENERATED ALWAYS AS ROW END INVISIBLE,
  PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;
CREATE TABLE notes (id int NOT NULL PRIMARY KEY, body text) ENGINE=InnoDB;
