CREATE TABLE prefs (id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mode enum('a,b','it''s','plain') NOT NULL DEFAULT 'plain',
  flags set('x','y') NOT NULL DEFAULT '') ENGINE=InnoDB;
