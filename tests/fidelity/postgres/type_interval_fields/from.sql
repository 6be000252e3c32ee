CREATE TABLE jobs (id int PRIMARY KEY, every interval, ttl interval);
