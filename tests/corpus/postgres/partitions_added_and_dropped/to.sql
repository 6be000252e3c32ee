CREATE TABLE measurements (
    sensor_id integer NOT NULL,
    logdate date NOT NULL,
    reading numeric(8,2),
    PRIMARY KEY (sensor_id, logdate)
) PARTITION BY RANGE (logdate);
CREATE INDEX measurements_reading_idx ON measurements (reading);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;
CREATE TABLE events (id bigint NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
CREATE TABLE events_eu PARTITION OF events FOR VALUES IN ('eu');
CREATE TABLE events_us PARTITION OF events FOR VALUES IN ('us');
CREATE TABLE users (id serial PRIMARY KEY, email text, name text);
