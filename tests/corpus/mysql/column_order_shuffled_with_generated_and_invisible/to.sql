CREATE TABLE wide (
  c10 char(2) DEFAULT NULL,
  c9 int AS (c1 + c3) STORED,
  n1 int DEFAULT 1,
  c1 int NOT NULL PRIMARY KEY,
  c8 decimal(6,2) DEFAULT NULL,
  c6 int DEFAULT NULL INVISIBLE,
  c3 int DEFAULT NULL,
  n2 varchar(5) AS (concat(c10, 'x')) VIRTUAL,
  c5 date DEFAULT NULL,
  c4 int AS (c3 * 3) VIRTUAL,
  KEY wide_c9 (c9)
) ENGINE=InnoDB;
