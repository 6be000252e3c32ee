CREATE TABLE lines (id int PRIMARY KEY, qty int NOT NULL, doubled int GENERATED ALWAYS AS (qty * 2) STORED);
