CREATE TABLE t (id int PRIMARY KEY, n int CHECK ( n >= 0 ), s text CHECK (s = ANY (ARRAY['a', 'b'])));
