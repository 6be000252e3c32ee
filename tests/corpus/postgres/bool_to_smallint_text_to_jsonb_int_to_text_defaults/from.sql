CREATE TABLE settings (
    id serial PRIMARY KEY,
    enabled boolean NOT NULL DEFAULT true,
    config text NOT NULL DEFAULT '{}',
    priority integer DEFAULT 5,
    starts_on timestamptz DEFAULT now()
);
