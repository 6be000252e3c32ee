CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE EXTENSION IF NOT EXISTS ltree;

CREATE DOMAIN positive_amount AS numeric(12,2) CHECK (VALUE > 0);
CREATE DOMAIN us_postal_code AS text DEFAULT '00000' CONSTRAINT us_postal_code_check CHECK (VALUE ~ '^\d{5}(-\d{4})?$');
CREATE TYPE room_kind AS ENUM ('single', 'double', 'suite', 'family');
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);

CREATE TABLE hotels (
    id serial PRIMARY KEY,
    name citext NOT NULL UNIQUE,
    attributes hstore NOT NULL DEFAULT ''::hstore,
    open_hours int4multirange,
    region_path ltree,
    postal_code us_postal_code,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hotels_region_path_idx ON hotels USING gist (region_path);
CREATE INDEX hotels_attributes_idx ON hotels USING gin (attributes);

CREATE TABLE rooms (
    id serial PRIMARY KEY,
    hotel_id integer NOT NULL REFERENCES hotels (id) ON DELETE CASCADE,
    number varchar(10) NOT NULL,
    kinds room_kind[] NOT NULL DEFAULT '{single,double}',
    nightly_rate positive_amount NOT NULL,
    temperature_band floatrange,
    UNIQUE (hotel_id, number)
);

CREATE TABLE bookings (
    id bigserial PRIMARY KEY,
    room_id integer NOT NULL REFERENCES rooms (id),
    guest_email citext NOT NULL,
    stay daterange NOT NULL,
    checkin_window tstzrange NOT NULL DEFAULT tstzrange(now(), now() + interval '1 day'),
    blackout datemultirange NOT NULL DEFAULT '{}',
    total numeric(14,2) NOT NULL,
    notes text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(notes, '') || ' ' || guest_email::text)) STORED
);
CREATE INDEX bookings_stay_idx ON bookings USING spgist (stay);
CREATE INDEX bookings_search_idx ON bookings USING gist (search);
CREATE INDEX bookings_guest_email_idx ON bookings USING hash (guest_email);
