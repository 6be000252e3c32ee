CREATE TABLE settings (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  prefs longtext DEFAULT NULL,
  raw json DEFAULT NULL,
  tags json NOT NULL DEFAULT '["default"]',
  meta json DEFAULT (json_object()),
  CONSTRAINT settings_tags_array CHECK (json_type(tags) = 'ARRAY' and json_length(tags) < 20)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
