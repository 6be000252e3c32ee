CREATE TABLE log (id int PRIMARY KEY, body varchar(100)) WITH (fillfactor = 80);
