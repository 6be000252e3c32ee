
-- s0001 drop column t.m
ALTER TABLE `t` ADD COLUMN `m` enum('sad','ok') CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL DEFAULT 'ok';
