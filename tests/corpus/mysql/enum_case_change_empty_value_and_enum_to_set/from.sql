CREATE TABLE profiles (
  id int NOT NULL PRIMARY KEY,
  state enum('Active','Inactive') NOT NULL DEFAULT 'Active',
  gender enum('','m','f') NOT NULL DEFAULT '',
  perms enum('read','write') DEFAULT NULL,
  yes_no char(1) NOT NULL DEFAULT 'Y',
  level tinyint(1) NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
