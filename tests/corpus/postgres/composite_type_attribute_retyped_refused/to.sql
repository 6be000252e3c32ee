CREATE TYPE money_amount AS (value numeric(14,4), currency char(3));
CREATE TABLE wallets (id serial PRIMARY KEY, balance money_amount, note text);
