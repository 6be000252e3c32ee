
-- s0002 add column t.m
ALTER TABLE t DROP COLUMN m;

-- s0001 create enum mood
DROP TYPE mood;
