
-- s0001 alter column t.m
ALTER TABLE `t` MODIFY COLUMN `m` enum('sad','ok') CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'ok';
