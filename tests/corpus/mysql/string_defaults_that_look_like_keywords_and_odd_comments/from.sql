CREATE TABLE settings (
  id int NOT NULL PRIMARY KEY,
  ts_text varchar(30) NOT NULL DEFAULT 'CURRENT_TIMESTAMP',
  null_text varchar(10) DEFAULT 'NULL',
  empty_text varchar(10) NOT NULL DEFAULT '',
  path varchar(100) NOT NULL DEFAULT 'C:\\temp\\',
  pct varchar(10) NOT NULL DEFAULT '100%',
  neg decimal(6,2) NOT NULL DEFAULT -1.50,
  born date NOT NULL DEFAULT '1970-01-01',
  t time(3) NOT NULL DEFAULT '00:00:00.000'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='App settings';
