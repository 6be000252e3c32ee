CREATE TABLE prices (id int PRIMARY KEY, amount numeric(10,2), rate numeric, ratio decimal(5,4));
