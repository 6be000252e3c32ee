CREATE TABLE legacy_users (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login varchar(40) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  display_name varchar(100) DEFAULT NULL,
  token char(32) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
  bio text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci,
  country char(2) CHARACTER SET ascii DEFAULT NULL,
  UNIQUE KEY legacy_users_login (login)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
CREATE TABLE tokens (
  token char(32) CHARACTER SET ascii COLLATE ascii_bin NOT NULL PRIMARY KEY,
  note varchar(50) CHARACTER SET utf8mb3 COLLATE utf8mb3_bin DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
