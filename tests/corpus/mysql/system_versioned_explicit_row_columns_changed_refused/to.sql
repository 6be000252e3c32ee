CREATE TABLE accounts (
  id int NOT NULL PRIMARY KEY,
  balance decimal(12,2) NOT NULL DEFAULT 0,
  valid_from timestamp(6) GENERATED ALWAYS AS ROW START,
  valid_to timestamp(6) GENERATED ALWAYS AS ROW END,
  PERIOD FOR SYSTEM_TIME (valid_from, valid_to)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;
