CREATE TABLE teams (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(50)) ENGINE=InnoDB;
CREATE TABLE players (id int NOT NULL AUTO_INCREMENT PRIMARY KEY, team_id int DEFAULT NULL, KEY team_id (team_id), CONSTRAINT players_team FOREIGN KEY (team_id) REFERENCES teams (id) ON DELETE SET NULL) ENGINE=InnoDB;
CREATE VIEW roster AS SELECT p.id, t.name FROM players p JOIN teams t ON t.id = p.team_id;
