CREATE TABLE stores (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(100) NOT NULL,
  location point NOT NULL,
  area polygon DEFAULT NULL,
  SPATIAL KEY stores_location (location)
) ENGINE=InnoDB;
CREATE TABLE routes (
  id int NOT NULL PRIMARY KEY,
  path linestring REF_SYSTEM_ID=4326 NOT NULL,
  SPATIAL KEY routes_path (path)
) ENGINE=InnoDB;
