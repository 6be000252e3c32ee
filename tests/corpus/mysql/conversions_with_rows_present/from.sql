CREATE TABLE products (
  id int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  flags bit(8) NOT NULL DEFAULT b'0',
  weight float(7,3) DEFAULT NULL,
  color enum('red','green','blue') DEFAULT NULL,
  tags set('new','sale') NOT NULL DEFAULT '',
  title varchar(100) CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,
  stock smallint DEFAULT NULL,
  released date DEFAULT NULL,
  rating tinyint unsigned DEFAULT NULL,
  code char(8) NOT NULL DEFAULT ''
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO products (flags, weight, color, tags, title, stock, released, rating, code) VALUES
  (b'00000101', 1.250, 'red', 'new,sale', 'Crème brûlée', 3, '2020-02-29', 4, 'A1'),
  (b'11111111', 0.5, 'blue', '', 'Smørrebrød', 12, NULL, NULL, 'B2');
