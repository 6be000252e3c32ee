CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;

CREATE DOMAIN positive_amount AS numeric(12,2) CHECK (VALUE > 0);
CREATE TYPE room_kind AS ENUM ('single', 'double', 'suite');

CREATE TABLE hotels (
    id serial PRIMARY KEY,
    name citext NOT NULL UNIQUE,
    attributes hstore NOT NULL DEFAULT ''::hstore,
    open_hours int4range,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE rooms (
    id serial PRIMARY KEY,
    hotel_id integer NOT NULL REFERENCES hotels (id) ON DELETE CASCADE,
    number varchar(10) NOT NULL,
    kinds room_kind[] NOT NULL DEFAULT '{single}',
    nightly_rate positive_amount NOT NULL,
    UNIQUE (hotel_id, number)
);

CREATE TABLE bookings (
    id bigserial PRIMARY KEY,
    room_id integer NOT NULL REFERENCES rooms (id),
    guest_email citext NOT NULL,
    stay daterange NOT NULL,
    checkin_window tstzrange,
    total numeric NOT NULL,
    notes text
);
CREATE INDEX bookings_stay_idx ON bookings USING gist (stay);
