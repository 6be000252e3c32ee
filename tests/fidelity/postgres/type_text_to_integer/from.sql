CREATE TABLE items (id int PRIMARY KEY, qty text DEFAULT '0');
