CREATE TABLE users (id serial PRIMARY KEY, email text);
CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    at timestamptz NOT NULL,
    kind varchar(40) NOT NULL DEFAULT 'view',
    user_id int REFERENCES users (id),
    payload jsonb,
    PRIMARY KEY (id, at),
    CONSTRAINT events_kind_check CHECK (kind <> '')
) PARTITION BY RANGE (at);
COMMENT ON TABLE events IS 'click stream';
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
COMMENT ON TABLE events_2026 IS 'this year';
CREATE INDEX events_kind_idx ON events (kind, at);
CREATE INDEX events_user_idx ON events (user_id);
CREATE TABLE metrics (tenant int NOT NULL, v numeric, at date) PARTITION BY LIST (tenant);
CREATE TABLE metrics_1 PARTITION OF metrics FOR VALUES IN (1);
CREATE TABLE metrics_2 PARTITION OF metrics FOR VALUES IN (2);
CREATE TABLE metrics_other PARTITION OF metrics DEFAULT;
CREATE TABLE logs (id bigserial, at date NOT NULL, line text) PARTITION BY HASH (id);
CREATE TABLE logs_0 PARTITION OF logs FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE logs_1 PARTITION OF logs FOR VALUES WITH (MODULUS 2, REMAINDER 1);
