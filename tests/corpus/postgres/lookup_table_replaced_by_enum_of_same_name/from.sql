CREATE TABLE priority (id smallint PRIMARY KEY, label text NOT NULL UNIQUE);
CREATE TABLE tasks (id serial PRIMARY KEY, title text NOT NULL, priority_id smallint NOT NULL DEFAULT 2 REFERENCES priority (id));
CREATE INDEX tasks_priority_idx ON tasks (priority_id);
