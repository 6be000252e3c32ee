CREATE TABLE events (
    id bigserial PRIMARY KEY,
    kind varchar(40) NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    tags text[] NOT NULL DEFAULT '{}'::text[],
    recipients text[] NOT NULL DEFAULT '{}',
    scores bigint[] NOT NULL DEFAULT '{}',
    attributes jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(attributes) = 'array'),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_tags_idx ON events USING gin (tags);
CREATE INDEX events_kind_idx ON events (kind);
CREATE INDEX events_payload_idx ON events USING gin (payload jsonb_path_ops);
CREATE INDEX events_payload_user_idx ON events ((payload ->> 'user_id')) WHERE payload ? 'user_id';
CREATE INDEX events_recent_idx ON events USING brin (created_at) WITH (pages_per_range = 32);

CREATE VIEW event_kinds AS
    SELECT kind, count(*) AS n, array_agg(DISTINCT t) AS tags
    FROM events, unnest(tags) AS t GROUP BY kind;
