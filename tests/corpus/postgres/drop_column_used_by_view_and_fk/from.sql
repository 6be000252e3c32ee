CREATE TABLE teams (id serial PRIMARY KEY, name text NOT NULL, lead_id integer);
CREATE TABLE members (id serial PRIMARY KEY, team_id integer REFERENCES teams, nick text, legacy_code char(4));
ALTER TABLE teams ADD CONSTRAINT teams_lead_id_fkey FOREIGN KEY (lead_id) REFERENCES members (id);
CREATE VIEW member_list AS SELECT m.id, m.nick, m.legacy_code, t.name FROM members m JOIN teams t ON t.id = m.team_id;
CREATE INDEX members_legacy_idx ON members (legacy_code);
