CREATE TABLE jobs (id int PRIMARY KEY, state text, run_at timestamptz);
CREATE INDEX jobs_pending ON jobs (run_at) WHERE state IN ('pending', 'retry');
CREATE UNIQUE INDEX jobs_one_running ON jobs (state) WHERE state = 'running';
