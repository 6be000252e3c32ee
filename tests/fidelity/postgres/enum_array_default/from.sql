CREATE TYPE role AS ENUM ('user', 'admin');
CREATE TABLE accounts (id int PRIMARY KEY, roles role[] NOT NULL DEFAULT '{}');
