CREATE TABLE products (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  flags tinyint unsigned NOT NULL DEFAULT 0,
  weight decimal(10,3) NOT NULL DEFAULT 0.000,
  color varchar(20) NOT NULL DEFAULT 'none',
  tags set('new','sale','clearance') NOT NULL DEFAULT '',
  title varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL,
  stock int NOT NULL DEFAULT 0,
  released datetime DEFAULT NULL,
  rating decimal(3,1) DEFAULT NULL,
  code varchar(8) CHARACTER SET ascii COLLATE ascii_bin NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
