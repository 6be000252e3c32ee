
-- s0001 create table items
DROP TABLE `items`;
