CREATE TYPE priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE tasks (id serial PRIMARY KEY, title text NOT NULL, priority priority NOT NULL DEFAULT 'normal');
CREATE INDEX tasks_priority_idx ON tasks (priority);
