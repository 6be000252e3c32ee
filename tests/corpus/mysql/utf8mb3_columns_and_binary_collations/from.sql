CREATE TABLE legacy_users (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login varchar(40) CHARACTER SET utf8 COLLATE utf8_general_ci NOT NULL,
  display_name varchar(100) CHARACTER SET utf8 DEFAULT NULL,
  token char(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  bio text CHARACTER SET latin1,
  country char(2) BINARY DEFAULT NULL,
  UNIQUE KEY legacy_users_login (login)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COLLATE=utf8_general_ci;
CREATE TABLE tokens (
  token char(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  note varchar(50) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
