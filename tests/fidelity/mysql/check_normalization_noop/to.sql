CREATE TABLE t (a INT, s VARCHAR(5), CHECK (a in (1,2,3)), CHECK (s like 'x%' or s is null));
