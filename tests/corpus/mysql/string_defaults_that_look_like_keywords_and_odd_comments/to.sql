CREATE TABLE settings (
  id int NOT NULL PRIMARY KEY COMMENT 'it''s the "key"',
  ts_text varchar(30) NOT NULL DEFAULT 'now()',
  null_text varchar(10) DEFAULT NULL,
  empty_text varchar(10) NOT NULL DEFAULT ' ',
  path varchar(100) NOT NULL DEFAULT 'D:\\data\\' COMMENT 'Windows path \\ with backslash',
  pct varchar(10) NOT NULL DEFAULT '50%_',
  neg decimal(6,2) NOT NULL DEFAULT -0.01,
  born date NOT NULL DEFAULT '2000-02-29',
  t time(3) NOT NULL DEFAULT '12:30:00.250' COMMENT 'Zeit ° ünïcode'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='App settings — ünïcode; 50% "quoted" \'s';
