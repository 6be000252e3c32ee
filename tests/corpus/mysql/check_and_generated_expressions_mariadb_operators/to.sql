CREATE TABLE accounts (
  id int NOT NULL PRIMARY KEY,
  email varchar(120) NOT NULL,
  handle varchar(30) NOT NULL,
  flags int unsigned NOT NULL DEFAULT 0,
  a int DEFAULT NULL,
  b int DEFAULT NULL,
  opened date NOT NULL,
  closed date DEFAULT NULL,
  is_admin tinyint(1) AS (flags & 1 <> 0) VIRTUAL,
  shard int AS (id DIV 16 MOD 4) STORED,
  same_ab tinyint(1) AS (a <=> b) VIRTUAL,
  handle_len int AS (CHAR_LENGTH(handle)) VIRTUAL,
  CONSTRAINT chk_email CHECK (email REGEXP '^[^@]+@[^@]+\\.[a-z]+$' AND email = LOWER(email)),
  CONSTRAINT chk_handle CHECK (handle NOT LIKE '%!_%' ESCAPE '!' AND handle RLIKE '^[a-z]'),
  CONSTRAINT chk_flags CHECK ((flags | 8) <> 0 AND (flags << 1) < 1024 AND (flags ^ 2) >= 0),
  CONSTRAINT chk_dates CHECK (closed IS NULL OR closed >= opened + INTERVAL 1 DAY),
  CONSTRAINT chk_xor CHECK ((a IS NULL) XOR (b IS NULL) OR (a IS NOT NULL AND b IS NOT NULL) IS TRUE)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
