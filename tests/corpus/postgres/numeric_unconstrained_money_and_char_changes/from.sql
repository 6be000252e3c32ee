CREATE TABLE prices (id serial PRIMARY KEY, amount numeric(10,2) NOT NULL DEFAULT 0, fee money, code char(3) DEFAULT 'EUR', note varchar);
CREATE INDEX prices_code_idx ON prices (code);
