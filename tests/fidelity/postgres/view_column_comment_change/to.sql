CREATE TABLE t (id int PRIMARY KEY, email text, name text);
CREATE VIEW v AS SELECT id, email, name FROM t;
COMMENT ON COLUMN v.email IS 'login e-mail';
COMMENT ON COLUMN v.name IS 'display name';
