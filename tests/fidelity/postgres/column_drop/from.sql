CREATE TABLE users (id integer PRIMARY KEY, legacy_flag boolean DEFAULT false, note text);
