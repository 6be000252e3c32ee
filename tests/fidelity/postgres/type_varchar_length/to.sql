CREATE TABLE users (id int PRIMARY KEY, email varchar(200), code char(3));
