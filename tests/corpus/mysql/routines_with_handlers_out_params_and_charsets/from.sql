CREATE TABLE counters (
  name varchar(40) NOT NULL PRIMARY KEY,
  value bigint NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE FUNCTION slugify(s varchar(200)) RETURNS varchar(200) CHARSET utf8mb4
  DETERMINISTIC
  RETURN LOWER(REPLACE(TRIM(s), ' ', '-'));

CREATE PROCEDURE next_value(IN p_name varchar(40), OUT p_value bigint)
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    ROLLBACK;
    RESIGNAL;
  END;
  START TRANSACTION;
  INSERT INTO counters (name, value) VALUES (p_name, 1)
    ON DUPLICATE KEY UPDATE value = value + 1;
  SELECT value INTO p_value FROM counters WHERE name = p_name;
  COMMIT;
END;

CREATE FUNCTION money(c bigint) RETURNS decimal(14,2) DETERMINISTIC NO SQL RETURN c / 100;
