CREATE TABLE people (
  id int NOT NULL AUTO_INCREMENT,
  uuid char(36) DEFAULT NULL,
  first_name varchar(50) NOT NULL,
  last_name varchar(50) NOT NULL,
  email varchar(120) NOT NULL,
  created_at datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  phone varchar(32) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY people_name (last_name, first_name)
) ENGINE=InnoDB;
CREATE TABLE kv (ts timestamp NULL DEFAULT NULL, v text, k varchar(10) NOT NULL, PRIMARY KEY (k)) ENGINE=InnoDB;
