CREATE TABLE t (id int PRIMARY KEY, email text, active boolean NOT NULL DEFAULT true);
CREATE VIEW v AS SELECT id, email FROM t WHERE active;
CREATE VIEW w AS SELECT id, email FROM v;
COMMENT ON COLUMN v.email IS 'login';
COMMENT ON COLUMN w.id IS 'key of v';
