CREATE TABLE orders (id int PRIMARY KEY, total numeric(14,2), status text);
CREATE VIEW big_orders AS SELECT id, total, status FROM orders WHERE total > 100;
CREATE VIEW big_open_orders AS SELECT id, total FROM big_orders WHERE status = 'open';
