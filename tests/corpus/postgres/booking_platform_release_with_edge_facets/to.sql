CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS citext;

CREATE DOMAIN money_cents AS bigint DEFAULT 0 CONSTRAINT money_cents_check CHECK (VALUE >= 0) CONSTRAINT money_cents_cap CHECK (VALUE < 100000000);
CREATE TYPE booking_status AS ENUM ('pending', 'confirmed', 'checked_in', 'cancelled');
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE TABLE venues (
    id serial PRIMARY KEY,
    name citext NOT NULL UNIQUE,
    timezone text NOT NULL DEFAULT 'UTC',
    opening_hours int4multirange,
    slug text COLLATE ci
);
COMMENT ON TABLE venues IS 'Places you can book — «salles»
(one row per building)';
CREATE UNIQUE INDEX venues_slug_key ON venues (slug) NULLS NOT DISTINCT;

CREATE TABLE rooms (
    id serial PRIMARY KEY,
    venue_id integer NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    label varchar(40) NOT NULL,
    capacity smallint NOT NULL CHECK (capacity > 0),
    hourly_rate money_cents NOT NULL,
    features text[] NOT NULL DEFAULT '{}',
    UNIQUE (venue_id, label) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX rooms_features_idx ON rooms USING gin (features);

CREATE TABLE bookings (
    id bigserial PRIMARY KEY,
    room_id integer NOT NULL REFERENCES rooms (id),
    guest_email citext NOT NULL,
    during tstzrange NOT NULL,
    status booking_status NOT NULL DEFAULT 'pending',
    price money_cents NOT NULL DEFAULT 0,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (status <> 'cancelled'),
    CONSTRAINT bookings_during_bounded CHECK (NOT (upper_inf(during) OR lower_inf(during)))
);
CREATE INDEX bookings_guest_idx ON bookings (guest_email) INCLUDE (status);
CREATE INDEX bookings_during_idx ON bookings USING spgist (during);
COMMENT ON CONSTRAINT bookings_no_overlap ON bookings IS 'a room is booked once at a time';

CREATE TABLE booking_events (
    booking_id bigint NOT NULL,
    at timestamptz NOT NULL,
    kind text NOT NULL,
    detail jsonb
) PARTITION BY RANGE (at);
CREATE TABLE booking_events_2025 PARTITION OF booking_events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE booking_events_2026 PARTITION OF booking_events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE booking_events_default PARTITION OF booking_events DEFAULT;
COMMENT ON TABLE booking_events_default IS 'should stay empty';
CREATE INDEX booking_events_booking_idx ON booking_events (booking_id, at DESC);

CREATE TABLE availability_cache (
    room_id integer PRIMARY KEY REFERENCES rooms (id) ON DELETE CASCADE,
    free_slots tstzmultirange NOT NULL,
    computed_at timestamptz NOT NULL DEFAULT now()
);
