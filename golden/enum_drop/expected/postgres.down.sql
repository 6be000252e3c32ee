
-- s0002 drop enum mood
CREATE TYPE mood AS ENUM ('sad', 'ok');

-- s0001 drop column t.m
ALTER TABLE t ADD COLUMN m mood DEFAULT 'ok'::mood NOT NULL;
