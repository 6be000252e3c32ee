CREATE TABLE people (
  first_name varchar(50) NOT NULL,
  id int NOT NULL AUTO_INCREMENT,
  last_name varchar(50) NOT NULL,
  middle_name varchar(50) DEFAULT NULL,
  email varchar(120) NOT NULL,
  phone varchar(20) DEFAULT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY people_name (last_name, first_name)
) ENGINE=InnoDB;
CREATE TABLE kv (k varchar(10) NOT NULL, v text, ts timestamp NULL DEFAULT NULL, PRIMARY KEY (k)) ENGINE=InnoDB;
