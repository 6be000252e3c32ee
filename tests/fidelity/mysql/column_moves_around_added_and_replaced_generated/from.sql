CREATE TABLE t (a int, b int, g int AS (a * 2) VIRTUAL, c int);
