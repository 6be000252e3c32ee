CREATE TABLE posts (id int PRIMARY KEY, title varchar(120) NOT NULL, body text);
