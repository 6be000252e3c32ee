CREATE TABLE log (id int PRIMARY KEY, body text);
