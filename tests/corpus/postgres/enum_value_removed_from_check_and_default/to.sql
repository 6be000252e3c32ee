CREATE TYPE plan AS ENUM ('free', 'pro');
CREATE TABLE orgs (id serial PRIMARY KEY, plan plan NOT NULL DEFAULT 'free', CONSTRAINT orgs_no_legacy_pro CHECK (plan IN ('free', 'pro')));
CREATE INDEX orgs_free_idx ON orgs (id) WHERE plan = 'free';
