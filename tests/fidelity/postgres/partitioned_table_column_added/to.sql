CREATE TABLE m (id int, at date, v text) PARTITION BY RANGE (at);
