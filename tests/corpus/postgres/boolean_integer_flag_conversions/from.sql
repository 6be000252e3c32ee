CREATE TABLE flags (id serial PRIMARY KEY, archived bigint NOT NULL DEFAULT 0, pinned smallint DEFAULT 1, public boolean NOT NULL DEFAULT false, code integer);
