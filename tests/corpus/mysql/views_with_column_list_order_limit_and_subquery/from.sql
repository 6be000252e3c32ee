CREATE TABLE scores (id int NOT NULL PRIMARY KEY, player varchar(40) NOT NULL, points int NOT NULL, played_on date NOT NULL) ENGINE=InnoDB;
CREATE VIEW top10 (who, pts) AS SELECT player, points FROM scores ORDER BY points DESC LIMIT 10;
CREATE VIEW recent AS SELECT * FROM (SELECT player, MAX(played_on) AS last_played FROM scores GROUP BY player) AS t WHERE last_played > '2020-01-01';
CREATE VIEW above_avg AS SELECT id, player FROM scores s WHERE points > (SELECT AVG(points) FROM scores) AND EXISTS (SELECT 1 FROM scores s2 WHERE s2.player = s.player AND s2.id <> s.id);
