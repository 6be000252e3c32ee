CREATE TABLE geo (
  id int NOT NULL PRIMARY KEY,
  lat float NOT NULL DEFAULT 0,
  lng double NOT NULL DEFAULT 0,
  scale double DEFAULT 1e-5,
  ratio float DEFAULT 3.14159,
  code varchar(10) NOT NULL,
  KEY geo_code (code) USING HASH,
  KEY geo_latlng (lat, lng) USING BTREE
) ENGINE=InnoDB;
