CREATE TABLE counters (id int NOT NULL PRIMARY KEY, n bigint NOT NULL DEFAULT 0, doubled bigint DEFAULT NULL, updated_at timestamp NULL DEFAULT NULL) ENGINE=InnoDB;
CREATE FUNCTION double_it(x int) RETURNS int DETERMINISTIC RETURN x * 2;
CREATE PROCEDURE bump(IN cid int) MODIFIES SQL DATA UPDATE counters SET n = n + 1 WHERE id = cid;
