CREATE TABLE logs (id bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, message text NOT NULL, level tinyint NOT NULL DEFAULT 0, at datetime NOT NULL) ENGINE=InnoDB;
