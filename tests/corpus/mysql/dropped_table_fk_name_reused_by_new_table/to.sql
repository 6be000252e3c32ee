CREATE TABLE users (id int NOT NULL PRIMARY KEY) ENGINE=InnoDB;
CREATE TABLE api_keys (id int NOT NULL PRIMARY KEY, user_id int NOT NULL, secret char(64) NOT NULL, CONSTRAINT fk_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE) ENGINE=InnoDB;
CREATE TABLE sessions (id int NOT NULL PRIMARY KEY, uid int NOT NULL, user_id int DEFAULT NULL, CONSTRAINT fk_session_user FOREIGN KEY (user_id) REFERENCES users (id)) ENGINE=InnoDB;
