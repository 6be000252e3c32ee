CREATE TABLE codes (code text PRIMARY KEY, label text);
CREATE TABLE uses (id serial PRIMARY KEY, code text REFERENCES codes (code));
