CREATE TYPE role AS ENUM ('user', 'staff', 'admin');
CREATE TABLE accounts (id int PRIMARY KEY, roles role[] NOT NULL DEFAULT '{user}');
