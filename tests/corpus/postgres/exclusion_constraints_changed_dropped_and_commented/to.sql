CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE rooms (
    id serial PRIMARY KEY,
    name text NOT NULL
);

-- room_id widened under the constraint; the constraint now ignores cancelled rows
CREATE TABLE reservations (
    id bigserial PRIMARY KEY,
    room_id bigint NOT NULL REFERENCES rooms (id),
    during tstzrange NOT NULL,
    status varchar(20) NOT NULL DEFAULT 'held',
    CONSTRAINT no_double_booking EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (status <> 'cancelled')
);
COMMENT ON CONSTRAINT no_double_booking ON reservations IS 'one live booking per room at a time';

-- the worker's constraint is deferred now and named
CREATE TABLE shifts (
    id serial PRIMARY KEY,
    worker_id integer NOT NULL,
    span tsrange NOT NULL,
    CONSTRAINT shifts_no_overlap EXCLUDE USING gist (worker_id WITH =, span WITH &&) DEFERRABLE INITIALLY DEFERRED
);

-- circles may overlap now
CREATE TABLE circles (
    id serial PRIMARY KEY,
    c circle NOT NULL
);

CREATE TABLE desks (
    id serial PRIMARY KEY,
    room_id integer NOT NULL REFERENCES rooms (id),
    seat int4range NOT NULL,
    EXCLUDE USING gist (room_id WITH =, seat WITH &&)
);
