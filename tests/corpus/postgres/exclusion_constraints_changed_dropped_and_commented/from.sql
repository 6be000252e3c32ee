CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE rooms (
    id serial PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE reservations (
    id bigserial PRIMARY KEY,
    room_id integer NOT NULL REFERENCES rooms (id),
    during tstzrange NOT NULL,
    status varchar(20) NOT NULL DEFAULT 'held',
    CONSTRAINT no_double_booking EXCLUDE USING gist (room_id WITH =, during WITH &&)
);
COMMENT ON CONSTRAINT no_double_booking ON reservations IS 'one booking per room at a time';

CREATE TABLE shifts (
    id serial PRIMARY KEY,
    worker_id integer NOT NULL,
    span tsrange NOT NULL,
    EXCLUDE USING gist (worker_id WITH =, span WITH &&)
);

CREATE TABLE circles (
    id serial PRIMARY KEY,
    c circle NOT NULL,
    EXCLUDE USING gist (c WITH &&)
);
