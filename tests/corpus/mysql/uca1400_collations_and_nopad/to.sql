CREATE TABLE names (
  id int NOT NULL PRIMARY KEY,
  name varchar(60) NOT NULL,
  code varchar(10) COLLATE utf8mb4_bin NOT NULL,
  label varchar(40) COLLATE utf8mb4_uca1400_as_cs DEFAULT NULL,
  UNIQUE KEY names_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci;
