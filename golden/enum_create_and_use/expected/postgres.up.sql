
-- s0001 create enum mood
CREATE TYPE mood AS ENUM ('sad', 'ok');

-- s0002 add column t.m
ALTER TABLE t ADD COLUMN m mood DEFAULT 'ok'::mood NOT NULL;
