CREATE TABLE docs (
  id int NOT NULL PRIMARY KEY,
  doc json DEFAULT NULL,
  meta json NOT NULL DEFAULT '{}' CHECK (json_type(meta) = 'OBJECT'),
  tags json DEFAULT NULL CHECK (json_valid(tags))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
