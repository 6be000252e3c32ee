CREATE TABLE teams (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE members (id serial PRIMARY KEY, team_id integer REFERENCES teams, nick text);

CREATE VIEW member_list AS SELECT m.id, m.nick, t.name FROM members m JOIN teams t ON t.id = m.team_id;

