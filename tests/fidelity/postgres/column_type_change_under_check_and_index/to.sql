CREATE TABLE t (id int PRIMARY KEY, qty bigint CHECK (qty > 0));
CREATE INDEX t_qty ON t (qty) WHERE qty > 10;
