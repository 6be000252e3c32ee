CREATE TABLE t (a int, g int AS (a * 2) VIRTUAL, x int, b int, h int AS (b + 1) STORED, y int);
