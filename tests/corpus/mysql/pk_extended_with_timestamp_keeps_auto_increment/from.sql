CREATE TABLE measurements (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  sensor_id int NOT NULL,
  taken_at datetime(3) NOT NULL,
  value double NOT NULL,
  PRIMARY KEY (id),
  KEY measurements_sensor (sensor_id, taken_at)
) ENGINE=InnoDB;
