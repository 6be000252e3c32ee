CREATE TABLE owners (id int NOT NULL, name varchar(40) NOT NULL, PRIMARY KEY (id) COMMENT 'surrogate key', UNIQUE KEY owners_name (name)) ENGINE=InnoDB;
CREATE TABLE pets (id int NOT NULL PRIMARY KEY COMMENT 'pk', owner_id int NOT NULL, KEY pets_owner (owner_id) COMMENT 'backs pets_owner_fk', CONSTRAINT pets_owner_fk FOREIGN KEY (owner_id) REFERENCES owners (id)) ENGINE=InnoDB;
