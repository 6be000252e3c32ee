CREATE TABLE flags (id serial PRIMARY KEY, archived boolean NOT NULL DEFAULT false, pinned boolean DEFAULT true, public bigint NOT NULL DEFAULT 0, code integer);
