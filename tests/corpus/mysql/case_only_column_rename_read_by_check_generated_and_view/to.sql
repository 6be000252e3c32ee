CREATE TABLE order_lines (
  id int NOT NULL PRIMARY KEY,
  qty int NOT NULL CHECK (qty > 0),
  price decimal(8,2) NOT NULL,
  total decimal(10,2) AS (qty * price) STORED,
  CONSTRAINT lines_price CHECK (price >= 0 AND qty < 1000),
  KEY lines_qty (qty)
) ENGINE=InnoDB;
CREATE VIEW line_totals AS SELECT id, qty, total FROM order_lines WHERE qty > 1;
