CREATE TABLE countries (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, iso char(2) NOT NULL, name varchar(60) NOT NULL, UNIQUE KEY countries_iso (iso)) ENGINE=InnoDB;
CREATE TABLE cities (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, country_iso char(2) NOT NULL, name varchar(60) NOT NULL, CONSTRAINT cities_country FOREIGN KEY (country_iso) REFERENCES countries (iso)) ENGINE=InnoDB;
