CREATE TABLE t (id int PRIMARY KEY);
COMMENT ON TABLE t IS E'Zeile 1\nZeile 2 — ümlaut ✓';
COMMENT ON COLUMN t.id IS '';
