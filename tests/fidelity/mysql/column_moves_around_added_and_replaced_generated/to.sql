CREATE TABLE t (c int, n int AS (b + 1) VIRTUAL, b int, g int AS (a * 3) VIRTUAL, a int);
