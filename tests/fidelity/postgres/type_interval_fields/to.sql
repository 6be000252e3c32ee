CREATE TABLE jobs (id int PRIMARY KEY, every interval day to second(3), ttl interval year to month);
