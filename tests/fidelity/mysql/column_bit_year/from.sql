CREATE TABLE t (flags BIT(1), y YEAR);
