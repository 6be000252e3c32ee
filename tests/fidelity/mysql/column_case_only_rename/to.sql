CREATE TABLE t (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, email varchar(80) NOT NULL, KEY t_email (email));
