CREATE TABLE stores (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(100) NOT NULL,
  location point REF_SYSTEM_ID=4326 NOT NULL,
  area multipolygon REF_SYSTEM_ID=4326 DEFAULT NULL,
  delivery_zone geometry REF_SYSTEM_ID=3857 NOT NULL,
  SPATIAL KEY stores_location (location),
  SPATIAL KEY stores_zone (delivery_zone)
) ENGINE=InnoDB;
CREATE TABLE routes (
  id int NOT NULL PRIMARY KEY,
  path linestring NOT NULL,
  stops multipoint REF_SYSTEM_ID=4326 DEFAULT NULL
) ENGINE=InnoDB;
