
-- s0001 drop column t.m
ALTER TABLE t DROP COLUMN m;

-- s0002 drop enum mood
DROP TYPE mood;
