CREATE TABLE posts (id int PRIMARY KEY, title text NOT NULL, body varchar(4000));
