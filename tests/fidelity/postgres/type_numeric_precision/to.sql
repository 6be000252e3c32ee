CREATE TABLE prices (id int PRIMARY KEY, amount numeric(12,4), rate numeric(8,3), ratio numeric);
