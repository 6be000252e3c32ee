CREATE TABLE wide (
  c1 int NOT NULL PRIMARY KEY,
  c2 varchar(10) DEFAULT NULL,
  c3 int DEFAULT NULL,
  c4 int AS (c3 * 2) VIRTUAL,
  c5 date DEFAULT NULL,
  c6 int DEFAULT NULL INVISIBLE,
  c7 text,
  c8 decimal(5,2) DEFAULT NULL,
  c9 int AS (c1 + c3) STORED,
  c10 char(2) DEFAULT NULL,
  KEY wide_c9 (c9)
) ENGINE=InnoDB;
