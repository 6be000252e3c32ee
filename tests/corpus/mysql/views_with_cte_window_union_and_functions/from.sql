CREATE TABLE sales (id int NOT NULL PRIMARY KEY, region varchar(20) NOT NULL, rep varchar(40) NOT NULL, amount decimal(10,2) NOT NULL, sold_at datetime NOT NULL, `status` enum('ok','void') NOT NULL DEFAULT 'ok') ENGINE=InnoDB;
CREATE TABLE refunds (id int NOT NULL PRIMARY KEY, sale_id int NOT NULL, amount decimal(10,2) NOT NULL) ENGINE=InnoDB;
CREATE VIEW monthly AS SELECT region, DATE_FORMAT(sold_at, '%Y-%m') AS ym, SUM(amount) AS total FROM sales WHERE `status` = 'ok' GROUP BY region, DATE_FORMAT(sold_at, '%Y-%m');
CREATE VIEW ledger AS SELECT id, amount, 'sale' AS kind FROM sales UNION ALL SELECT id, -amount, 'refund' FROM refunds;
CREATE VIEW rep_rank AS SELECT rep, region, amount, RANK() OVER (PARTITION BY region ORDER BY amount DESC) AS rnk FROM sales;
