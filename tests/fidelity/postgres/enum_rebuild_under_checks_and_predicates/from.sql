CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
CREATE TABLE orders (id int PRIMARY KEY, status order_status NOT NULL DEFAULT 'pending',
                     CONSTRAINT orders_not_cancelled_check CHECK (status <> 'cancelled'));
CREATE INDEX orders_open ON orders (id) WHERE status = 'pending';
