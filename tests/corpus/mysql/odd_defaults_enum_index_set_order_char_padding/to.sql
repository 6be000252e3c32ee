CREATE TABLE odd (
  id int NOT NULL PRIMARY KEY,
  e enum('first','second','third') NOT NULL DEFAULT 'third',
  s set('a','b','c') NOT NULL DEFAULT 'b,a,b',
  ch char(5) NOT NULL DEFAULT ' ab',
  t time(2) DEFAULT '-838:59:59.00',
  dt datetime(6) NOT NULL DEFAULT '2000-01-01 00:00:00',
  y year DEFAULT 2000,
  z int(5) zerofill DEFAULT 420,
  u varchar(10) DEFAULT 'ßÆ',
  en enum('ä','a\\b','c''d','é') DEFAULT 'c''d'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
