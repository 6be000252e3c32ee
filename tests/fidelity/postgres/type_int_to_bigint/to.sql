CREATE TABLE events (id bigint PRIMARY KEY, n bigint, total integer DEFAULT 0);
