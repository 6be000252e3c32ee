CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE rooms (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE bookings (
    id serial PRIMARY KEY,
    room_id integer NOT NULL REFERENCES rooms,
    during tstzrange NOT NULL
);
