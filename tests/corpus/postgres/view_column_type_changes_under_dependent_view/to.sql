CREATE TABLE m (id int PRIMARY KEY, v numeric(10,2));
CREATE VIEW mv AS SELECT id, v::bigint AS vi FROM m;
CREATE VIEW mv2 AS SELECT id, vi + 1 AS next FROM mv;
