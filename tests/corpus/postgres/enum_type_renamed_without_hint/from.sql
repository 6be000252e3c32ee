CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (id serial PRIMARY KEY, current_mood mood, CONSTRAINT people_not_sad CHECK (current_mood <> 'sad'));
