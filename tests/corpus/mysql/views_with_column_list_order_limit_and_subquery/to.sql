CREATE TABLE scores (id int NOT NULL PRIMARY KEY, player varchar(40) NOT NULL, points bigint NOT NULL, played_on date NOT NULL, season smallint NOT NULL DEFAULT 1) ENGINE=InnoDB;
CREATE VIEW top10 (who, pts, season) AS SELECT player, points, season FROM scores ORDER BY points DESC, player LIMIT 20 OFFSET 0;
CREATE VIEW recent AS SELECT * FROM (SELECT player, season, MAX(played_on) AS last_played FROM scores GROUP BY player, season) AS t WHERE last_played > '2021-01-01';
CREATE VIEW above_avg AS SELECT id, player FROM scores s WHERE points > (SELECT AVG(points) FROM scores WHERE season = s.season) AND player NOT IN (SELECT player FROM scores WHERE points < 0);
