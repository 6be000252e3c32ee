CREATE TABLE authors (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(60) NOT NULL, FULLTEXT KEY authors_name (name)) ENGINE=MyISAM DEFAULT CHARSET=latin1;
CREATE TABLE posts (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, author_id int NOT NULL, title varchar(200) NOT NULL, KEY posts_author (author_id)) ENGINE=MyISAM DEFAULT CHARSET=latin1;
