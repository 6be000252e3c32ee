CREATE TABLE todos (id bigserial PRIMARY KEY, title text NOT NULL, done boolean NOT NULL DEFAULT false);
CREATE FUNCTION open_todos() RETURNS SETOF todos LANGUAGE sql STABLE AS $$ SELECT * FROM todos WHERE NOT done $$;
CREATE VIEW todo_titles AS SELECT title FROM open_todos();
CREATE TABLE archive (id bigint PRIMARY KEY, title text);
CREATE FUNCTION archived() RETURNS SETOF archive LANGUAGE sql STABLE AS $$ SELECT * FROM archive $$;
