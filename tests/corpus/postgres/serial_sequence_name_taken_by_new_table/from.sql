CREATE TABLE foo_bar (id serial PRIMARY KEY, label text);
CREATE TABLE keep (id int PRIMARY KEY);
