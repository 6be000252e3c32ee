CREATE TABLE prices (id serial PRIMARY KEY, amount numeric NOT NULL DEFAULT 0.0, fee numeric(12,4), code varchar(3) DEFAULT 'EUR', note varchar(500));
CREATE INDEX prices_code_idx ON prices (code);
