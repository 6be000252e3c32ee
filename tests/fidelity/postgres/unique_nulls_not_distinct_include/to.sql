CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE NULLS NOT DISTINCT, code text,
                    CONSTRAINT users_code_key UNIQUE (code) INCLUDE (id));
