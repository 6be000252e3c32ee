
-- s0001 rename column select.Upper Case
ALTER TABLE `select` CHANGE COLUMN `Mixed Case` `Upper Case` text CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NULL;
