CREATE TYPE money_amount AS (value numeric(12,2), currency char(3));
CREATE TABLE wallets (id serial PRIMARY KEY, balance money_amount);
