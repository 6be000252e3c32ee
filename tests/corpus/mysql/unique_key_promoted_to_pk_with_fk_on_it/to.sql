CREATE TABLE countries (iso char(2) NOT NULL, name varchar(60) NOT NULL, PRIMARY KEY (iso)) ENGINE=InnoDB;
CREATE TABLE cities (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, country_iso char(2) NOT NULL, name varchar(60) NOT NULL, UNIQUE KEY cities_country_name (country_iso, name), CONSTRAINT cities_country FOREIGN KEY (country_iso) REFERENCES countries (iso) ON UPDATE CASCADE) ENGINE=InnoDB;
