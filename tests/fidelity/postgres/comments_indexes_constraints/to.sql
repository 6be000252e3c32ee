CREATE TABLE t (id int PRIMARY KEY, a int CHECK (a > 0));
CREATE INDEX t_a ON t (a);
COMMENT ON INDEX t_a IS 'lookup by a';
COMMENT ON CONSTRAINT t_a_check ON t IS 'a is positive';
COMMENT ON CONSTRAINT t_pkey ON t IS 'the key';
