CREATE TABLE sessions_mem (id char(32) NOT NULL, user_id int NOT NULL, seen int NOT NULL, PRIMARY KEY (id), KEY by_user (user_id), KEY by_seen (seen) USING BTREE) ENGINE=MEMORY;
CREATE TABLE flags (id int NOT NULL PRIMARY KEY, code enum('a','b') NOT NULL DEFAULT 'a', tag set('x','y') DEFAULT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
