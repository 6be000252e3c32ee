CREATE TABLE lines (id int PRIMARY KEY, qty int NOT NULL, doubled int);
