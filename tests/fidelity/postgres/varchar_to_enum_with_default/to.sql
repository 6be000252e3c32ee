CREATE TYPE status AS ENUM ('new', 'done');
CREATE TABLE t (id int PRIMARY KEY, status status NOT NULL DEFAULT 'new');
