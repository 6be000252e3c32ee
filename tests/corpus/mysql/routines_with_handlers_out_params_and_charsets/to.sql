CREATE TABLE counters (
  name varchar(64) NOT NULL PRIMARY KEY,
  value bigint NOT NULL DEFAULT 0,
  step int NOT NULL DEFAULT 1
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE FUNCTION slugify(s varchar(250)) RETURNS varchar(250) CHARSET utf8mb4 COLLATE utf8mb4_bin
  DETERMINISTIC
  COMMENT 'url-safe; -- not a comment; /* nor this */'
  RETURN LOWER(REPLACE(REPLACE(TRIM(s), ' ', '-'), ';', ''));

CREATE PROCEDURE next_value(IN p_name varchar(64), INOUT p_value bigint)
  MODIFIES SQL DATA
BEGIN
  DECLARE v_step int DEFAULT 1;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    ROLLBACK;
    RESIGNAL;
  END;
  -- step defaults to one; a caller may pass a floor in p_value
  START TRANSACTION;
  INSERT INTO counters (name, value) VALUES (p_name, 1)
    ON DUPLICATE KEY UPDATE value = value + step; /* uses the row's step */
  SELECT GREATEST(value, IFNULL(p_value, 0)) INTO p_value FROM counters WHERE name = p_name;
  COMMIT;
END;

CREATE FUNCTION money(c bigint, scale tinyint unsigned) RETURNS decimal(16,4) DETERMINISTIC NO SQL
  RETURN c / POW(10, scale);

CREATE AGGREGATE FUNCTION concat_skus(s varchar(64)) RETURNS text
BEGIN
  DECLARE acc text DEFAULT '';
  DECLARE CONTINUE HANDLER FOR NOT FOUND RETURN acc;
  LOOP
    FETCH GROUP NEXT ROW;
    SET acc = CONCAT_WS(',', NULLIF(acc, ''), s);
  END LOOP;
END;
