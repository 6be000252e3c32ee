CREATE TABLE codes (code text NOT NULL UNIQUE, label text);
CREATE TABLE uses (id serial PRIMARY KEY, code text REFERENCES codes (code));
