CREATE TABLE foo (bar_id serial PRIMARY KEY, label text);
CREATE TABLE keep (id int PRIMARY KEY);
