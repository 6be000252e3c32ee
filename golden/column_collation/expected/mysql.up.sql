
-- s0001 alter column t.s
ALTER TABLE `t` MODIFY COLUMN `s` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
