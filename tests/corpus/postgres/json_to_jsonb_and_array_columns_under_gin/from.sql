CREATE TABLE events (
    id bigserial PRIMARY KEY,
    kind varchar(40) NOT NULL,
    payload json NOT NULL DEFAULT '{}',
    tags varchar(30)[] NOT NULL DEFAULT '{}',
    recipients text[],
    scores integer[] NOT NULL DEFAULT ARRAY[]::integer[],
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE INDEX events_tags_idx ON events USING gin (tags);
CREATE INDEX events_kind_idx ON events (kind);

CREATE VIEW event_kinds AS
    SELECT kind, count(*) AS n, array_agg(DISTINCT t) AS tags
    FROM events, unnest(tags) AS t GROUP BY kind;
