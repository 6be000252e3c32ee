CREATE TABLE places (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(120) NOT NULL,
  description text,
  loc point NOT NULL,
  area polygon DEFAULT NULL,
  FULLTEXT KEY places_text (name),
  SPATIAL KEY places_loc (loc)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
