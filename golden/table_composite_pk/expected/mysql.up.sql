
-- s0001 create table items
CREATE TABLE `items` (
  `order_id` bigint NOT NULL,
  `line_no` smallint NOT NULL,
  `qty` int NOT NULL,
  PRIMARY KEY (`order_id`, `line_no`)
);
