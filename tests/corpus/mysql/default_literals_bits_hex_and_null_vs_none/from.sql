CREATE TABLE settings (
  id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY,
  flags bit(8) NOT NULL DEFAULT b'00000001',
  mask bit(1) DEFAULT b'0',
  magic binary(4) NOT NULL DEFAULT 0x00000000,
  tag varbinary(16) DEFAULT 'abc',
  ratio float(7,3) NOT NULL DEFAULT 1.500,
  weight double(10,4) DEFAULT NULL,
  price decimal(10,2) NOT NULL DEFAULT '0.00',
  label varchar(30) DEFAULT 'NULL',
  note varchar(30),
  day date DEFAULT '2000-01-01',
  at_time time(3) DEFAULT '12:00:00.000',
  yr year DEFAULT 2000,
  created datetime(3) NOT NULL DEFAULT current_timestamp(3),
  token char(36) DEFAULT uuid(),
  counter int zerofill DEFAULT 7,
  small tinyint(3) unsigned zerofill DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
