CREATE TABLE orders (id bigint PRIMARY KEY, status varchar(20) NOT NULL DEFAULT 'new', qty int NOT NULL DEFAULT 1);
