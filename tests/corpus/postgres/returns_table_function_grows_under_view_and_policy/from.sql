CREATE TABLE teams (id serial PRIMARY KEY, name text NOT NULL, owner_name text NOT NULL DEFAULT current_user);
CREATE TABLE team_members (team_id integer NOT NULL REFERENCES teams (id) ON DELETE CASCADE, user_name text NOT NULL,
                           PRIMARY KEY (team_id, user_name));

CREATE FUNCTION my_teams() RETURNS TABLE (team_id integer, team_name text) LANGUAGE sql STABLE
AS $$ SELECT t.id, t.name FROM teams t JOIN team_members m ON m.team_id = t.id WHERE m.user_name = current_user $$;

CREATE FUNCTION can_see_team(tid integer) RETURNS boolean LANGUAGE sql STABLE
AS $$ SELECT EXISTS (SELECT 1 FROM my_teams() WHERE team_id = tid) $$;

CREATE VIEW my_team_list AS SELECT * FROM my_teams();

ALTER TABLE team_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_members_visible ON team_members USING (can_see_team(team_id)) WITH CHECK (can_see_team(team_id));

CREATE PROCEDURE add_member(tid integer, who text) LANGUAGE sql
AS $$ INSERT INTO team_members (team_id, user_name) VALUES (tid, who) $$;
