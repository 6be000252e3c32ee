CREATE TABLE accounts (
  id int NOT NULL PRIMARY KEY,
  email varchar(120) NOT NULL,
  handle varchar(30) NOT NULL,
  flags int unsigned NOT NULL DEFAULT 0,
  a int DEFAULT NULL,
  b int DEFAULT NULL,
  opened date NOT NULL,
  closed date DEFAULT NULL,
  CONSTRAINT chk_email CHECK (email REGEXP '^[^@]+@[^@]+$'),
  CONSTRAINT chk_handle CHECK (handle NOT LIKE '%!_%' ESCAPE '!'),
  CONSTRAINT chk_flags CHECK (flags & 4 = 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
