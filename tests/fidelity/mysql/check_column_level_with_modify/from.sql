CREATE TABLE t (price DECIMAL(8,2) CHECK (price > 0));
