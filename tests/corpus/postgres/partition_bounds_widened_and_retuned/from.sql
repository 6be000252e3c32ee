CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    tenant_id integer NOT NULL,
    occurred_at timestamptz NOT NULL,
    payload jsonb,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2025-07-01') WITH (fillfactor = 90);
CREATE TABLE events_rest PARTITION OF events DEFAULT;
COMMENT ON TABLE events_2024 IS 'closed year';
CREATE INDEX events_tenant_idx ON events (tenant_id, occurred_at);

CREATE TABLE sessions (
    id uuid NOT NULL,
    user_id integer NOT NULL,
    data text
) PARTITION BY HASH (id);
CREATE TABLE sessions_p0 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE sessions_p1 PARTITION OF sessions FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE TABLE regions_data (
    region text NOT NULL,
    amount numeric(12,2)
) PARTITION BY LIST (region);
CREATE TABLE regions_eu PARTITION OF regions_data FOR VALUES IN ('de', 'fr');
CREATE TABLE regions_us PARTITION OF regions_data FOR VALUES IN ('us');
