CREATE TABLE trials (
    id serial PRIMARY KEY,
    ends_at timestamptz NOT NULL DEFAULT now() + interval '14 days',
    starts_on date NOT NULL DEFAULT CURRENT_DATE,
    code text NOT NULL DEFAULT md5(random()::text),
    ratio real DEFAULT 0.5,
    big numeric DEFAULT -1.50,
    tags text[] DEFAULT '{}'::text[]
);
