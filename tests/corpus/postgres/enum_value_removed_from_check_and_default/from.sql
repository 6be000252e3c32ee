CREATE TYPE plan AS ENUM ('free', 'legacy', 'pro');
CREATE TABLE orgs (id serial PRIMARY KEY, plan plan NOT NULL DEFAULT 'legacy', CONSTRAINT orgs_no_legacy_pro CHECK (plan IN ('free', 'legacy', 'pro')));
CREATE INDEX orgs_legacy_idx ON orgs (id) WHERE plan = 'legacy';
