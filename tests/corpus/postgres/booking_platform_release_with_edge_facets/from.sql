CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS citext;

CREATE DOMAIN money_cents AS bigint CHECK (VALUE >= 0);
CREATE TYPE booking_status AS ENUM ('pending', 'confirmed', 'cancelled');

CREATE TABLE venues (
    id serial PRIMARY KEY,
    name citext NOT NULL UNIQUE,
    timezone text NOT NULL DEFAULT 'UTC',
    opening_hours int4range
);
COMMENT ON TABLE venues IS 'Places you can book — «salles»';

CREATE TABLE rooms (
    id serial PRIMARY KEY,
    venue_id integer NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    label varchar(40) NOT NULL,
    capacity smallint NOT NULL CHECK (capacity > 0),
    hourly_rate money_cents NOT NULL,
    UNIQUE (venue_id, label)
);

CREATE TABLE bookings (
    id bigserial PRIMARY KEY,
    room_id integer NOT NULL REFERENCES rooms (id),
    guest_email citext NOT NULL,
    during tstzrange NOT NULL,
    status booking_status NOT NULL DEFAULT 'pending',
    price money_cents NOT NULL DEFAULT 0,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (status <> 'cancelled')
);
CREATE INDEX bookings_guest_idx ON bookings (guest_email);

CREATE TABLE booking_events (
    booking_id bigint NOT NULL,
    at timestamptz NOT NULL,
    kind text NOT NULL,
    detail jsonb
) PARTITION BY RANGE (at);
CREATE TABLE booking_events_2025 PARTITION OF booking_events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX booking_events_booking_idx ON booking_events (booking_id, at);

CREATE UNLOGGED TABLE availability_cache (
    room_id integer PRIMARY KEY,
    free_slots tstzmultirange NOT NULL,
    computed_at timestamptz NOT NULL DEFAULT now()
);
