CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    at timestamptz NOT NULL,
    kind text NOT NULL DEFAULT 'click',
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_kind_idx ON events (kind);
CREATE TABLE users (id serial PRIMARY KEY);
CREATE TABLE metrics (tenant int NOT NULL, v numeric) PARTITION BY LIST (tenant);
CREATE TABLE metrics_1 PARTITION OF metrics FOR VALUES IN (1);
CREATE TABLE metrics_other PARTITION OF metrics DEFAULT;
