CREATE TABLE t (a INT, b VARCHAR(100), INDEX idx_ab (a DESC, b(10)));
