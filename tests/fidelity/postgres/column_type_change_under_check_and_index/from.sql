CREATE TABLE t (id int PRIMARY KEY, qty int CHECK (qty > 0));
CREATE INDEX t_qty ON t (qty) WHERE qty > 10;
