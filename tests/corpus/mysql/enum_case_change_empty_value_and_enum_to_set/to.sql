CREATE TABLE profiles (
  id int NOT NULL PRIMARY KEY,
  state enum('active','inactive','Banned') NOT NULL DEFAULT 'active',
  gender enum('','m','f','x') DEFAULT NULL,
  perms set('read','write','admin') NOT NULL DEFAULT 'read',
  yes_no enum('Y','N') NOT NULL DEFAULT 'Y',
  level enum('0','1','2') NOT NULL DEFAULT '0'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
