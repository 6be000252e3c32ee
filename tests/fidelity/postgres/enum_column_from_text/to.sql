CREATE TYPE order_status AS ENUM ('pending', 'paid');
CREATE TABLE orders (id int PRIMARY KEY, status order_status);
