CREATE TABLE settings (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  prefs json DEFAULT NULL,
  raw longtext DEFAULT NULL,
  tags json NOT NULL DEFAULT '[]',
  CONSTRAINT settings_tags_array CHECK (json_type(tags) = 'ARRAY')
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
