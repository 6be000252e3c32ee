CREATE TABLE prefs (id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  mode enum('a,b','it''s','plain','say "hi"') NOT NULL DEFAULT 'it''s',
  flags set('x','y','z') NOT NULL DEFAULT 'x,z') ENGINE=InnoDB;
