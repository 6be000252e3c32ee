CREATE TABLE users (id int PRIMARY KEY, email varchar(50), code char(2));
