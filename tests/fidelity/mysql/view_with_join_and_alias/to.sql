CREATE TABLE a (id INT PRIMARY KEY, n VARCHAR(5));
CREATE TABLE b (id INT, a_id INT);
CREATE VIEW ab AS SELECT x.id, x.n, y.id AS b_id FROM a x LEFT JOIN b y ON y.a_id = x.id WHERE x.n <> '' GROUP BY x.id, x.n, y.id;
