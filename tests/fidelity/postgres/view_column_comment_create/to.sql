CREATE TABLE t (id int PRIMARY KEY, email text);
CREATE VIEW v AS SELECT id, email AS "E-mail" FROM t;
COMMENT ON VIEW v IS 'people';
COMMENT ON COLUMN v.id IS 'the id';
COMMENT ON COLUMN v."E-mail" IS 'it''s the login';
