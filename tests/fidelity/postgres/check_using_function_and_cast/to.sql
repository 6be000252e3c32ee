CREATE TABLE t (id int PRIMARY KEY, code text CHECK (char_length(code) = 3 AND code ~ '^[A-Z]+$'),
                at date CHECK (at > '2000-01-01'::date));
