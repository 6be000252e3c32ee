CREATE TABLE order_lines (
  Id int NOT NULL PRIMARY KEY,
  Qty int NOT NULL CHECK (Qty > 0),
  Price decimal(8,2) NOT NULL,
  Total decimal(10,2) AS (Qty * Price) STORED,
  CONSTRAINT lines_price CHECK (Price >= 0 AND Qty < 1000),
  KEY lines_qty (Qty)
) ENGINE=InnoDB;
CREATE VIEW line_totals AS SELECT Id, Qty, Total FROM order_lines WHERE Qty > 1;
