CREATE TYPE tier AS ENUM ('basic', 'plus');
CREATE TABLE accounts (id serial PRIMARY KEY, tier tier NOT NULL DEFAULT 'basic');
