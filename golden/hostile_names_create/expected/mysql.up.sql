
-- s0001 create table select
CREATE TABLE `select` (
  `id` int NOT NULL,
  `Mixed Case` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL,
  `quote's` int NULL,
  `order` int NULL,
  PRIMARY KEY (`id`)
);
