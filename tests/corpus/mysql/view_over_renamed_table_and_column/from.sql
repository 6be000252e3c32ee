CREATE TABLE customer (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, fname varchar(50), lname varchar(50)) ENGINE=InnoDB;
CREATE VIEW customer_names AS SELECT id, concat(fname, ' ', lname) AS name FROM customer;
CREATE VIEW customer_count AS SELECT count(*) AS n FROM customer_names;
