CREATE TABLE jobs (id int PRIMARY KEY, state text, run_at timestamptz);
CREATE INDEX jobs_pending ON jobs (run_at) WHERE state = 'pending';
