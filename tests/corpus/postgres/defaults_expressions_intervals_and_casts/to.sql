CREATE TABLE trials (
    id serial PRIMARY KEY,
    ends_at timestamptz NOT NULL DEFAULT now() + interval '30 days',
    finished boolean DEFAULT 'no',
    starts_on date NOT NULL DEFAULT (CURRENT_DATE + 1),
    code text NOT NULL DEFAULT upper(md5(random()::text)),
    ratio double precision DEFAULT 0.25,
    big numeric DEFAULT -1.50,
    tags text[] DEFAULT ARRAY['new']
);
