CREATE TABLE docs (
  id int NOT NULL PRIMARY KEY,
  doc json DEFAULT NULL CHECK (json_length(doc) < 10),
  meta json NOT NULL DEFAULT '{}',
  tags json DEFAULT NULL CHECK (json_type(tags) = 'ARRAY'),
  CONSTRAINT docs_doc_has_id CHECK (doc IS NULL OR json_exists(doc, '$.id'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
