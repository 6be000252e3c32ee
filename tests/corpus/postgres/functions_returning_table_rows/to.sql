CREATE TABLE todos (id bigserial PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false, due date);
CREATE TABLE projects (id serial PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION open_todos() RETURNS SETOF todos LANGUAGE sql STABLE AS $$ SELECT * FROM todos WHERE NOT done ORDER BY id $$;
CREATE FUNCTION project_by_name(n text) RETURNS projects LANGUAGE sql STABLE AS $$ SELECT * FROM projects WHERE name = n $$;
CREATE FUNCTION rename_projects(ps projects[]) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN cardinality(ps); END $$;
CREATE VIEW todo_titles AS SELECT title FROM open_todos();
