CREATE TABLE tenants (id serial PRIMARY KEY, region varchar(32) NOT NULL);
CREATE TABLE events (
    id bigint NOT NULL,
    region varchar(32) NOT NULL,
    kind text,
    payload jsonb,
    PRIMARY KEY (id, region)
) PARTITION BY LIST (region);
CREATE TABLE events_eu PARTITION OF events FOR VALUES IN ('eu');
CREATE TABLE events_us PARTITION OF events FOR VALUES IN ('us');
