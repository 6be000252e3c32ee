CREATE TABLE slots (id serial PRIMARY KEY, day date NOT NULL, pos integer, owner text);
