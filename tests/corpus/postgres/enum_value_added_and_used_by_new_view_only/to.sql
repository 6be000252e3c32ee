CREATE TYPE tier AS ENUM ('basic', 'plus', 'vip');
CREATE TABLE accounts (id serial PRIMARY KEY, tier tier NOT NULL DEFAULT 'basic');

CREATE VIEW vip_accounts AS SELECT id FROM accounts WHERE tier = 'vip';
