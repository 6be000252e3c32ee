CREATE TYPE feeling AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (id serial PRIMARY KEY, current_mood feeling, CONSTRAINT people_not_sad CHECK (current_mood <> 'sad'));
