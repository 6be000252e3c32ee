CREATE TABLE geo (
  id int NOT NULL PRIMARY KEY,
  lat double NOT NULL DEFAULT 0.5,
  lng double NOT NULL DEFAULT -0.25,
  scale double DEFAULT 2.5e-7,
  ratio float DEFAULT 2.71828,
  code varchar(12) NOT NULL,
  KEY geo_code (code),
  KEY geo_latlng (lng, lat) USING HASH
) ENGINE=InnoDB;
