CREATE TABLE accounts (
  id uuid NOT NULL PRIMARY KEY,
  external_ref uuid DEFAULT NULL,
  api_key uuid NOT NULL,
  name varchar(100) NOT NULL,
  UNIQUE KEY accounts_api_key (api_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
