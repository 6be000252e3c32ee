CREATE TABLE scores (id serial PRIMARY KEY, player text NOT NULL, points integer NOT NULL, at timestamptz NOT NULL DEFAULT now());
CREATE VIEW leaderboard AS
  WITH ranked AS (SELECT player, points, rank() OVER (ORDER BY points DESC) AS r FROM scores)
  SELECT player, points, r FROM ranked WHERE r <= 10 ORDER BY r;
CREATE VIEW latest AS SELECT DISTINCT ON (player) player, points, at FROM scores ORDER BY player, at DESC;
