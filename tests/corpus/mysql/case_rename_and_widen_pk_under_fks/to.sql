CREATE TABLE Teams (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, title varchar(40) NOT NULL) ENGINE=InnoDB;
CREATE TABLE Players (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, team_id bigint NOT NULL, KEY ix_team (team_id), CONSTRAINT fk_player_team FOREIGN KEY (team_id) REFERENCES Teams (id)) ENGINE=InnoDB;
