CREATE TABLE places (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name varchar(160) NOT NULL,
  description text,
  loc point NOT NULL,
  area geometry NOT NULL,
  FULLTEXT KEY places_text (name, description),
  FULLTEXT KEY places_desc (description),
  SPATIAL KEY places_loc (loc),
  SPATIAL KEY places_area (area)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
