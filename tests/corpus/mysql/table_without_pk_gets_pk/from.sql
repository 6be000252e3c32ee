CREATE TABLE logs (message text NOT NULL, level tinyint NOT NULL DEFAULT 0, at datetime NOT NULL) ENGINE=InnoDB;
