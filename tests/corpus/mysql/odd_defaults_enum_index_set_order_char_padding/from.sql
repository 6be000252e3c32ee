CREATE TABLE odd (
  id int NOT NULL PRIMARY KEY,
  e enum('first','second','third') NOT NULL DEFAULT 'second',
  s set('a','b','c') NOT NULL DEFAULT 'c,a',
  ch char(5) NOT NULL DEFAULT 'ab  ',
  t time DEFAULT '-01:30:00',
  dt datetime(6) NOT NULL DEFAULT '2000-01-01 00:00:00.123456',
  y year DEFAULT 1999,
  z int(5) zerofill DEFAULT 42,
  u varchar(10) DEFAULT 'äöü',
  en enum('ä','a\\b','c''d') DEFAULT 'ä'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
