CREATE TABLE settings (
    id serial PRIMARY KEY,
    enabled smallint NOT NULL DEFAULT 1,
    config jsonb NOT NULL DEFAULT '{}'::jsonb,
    priority text DEFAULT '5',
    starts_on date DEFAULT CURRENT_DATE
);
